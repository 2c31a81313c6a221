package org.juesuan.web.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.juesuan.model.Messages;
import org.juesuan.submission.WorkbookPreflight;
import org.juesuan.web.upload.UploadOutcome.AcceptedUpload;
import org.juesuan.web.upload.UploadOutcome.Refusal;
import org.juesuan.web.upload.UploadOutcome.StoredFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one door uploaded bytes come through: .xlsx and .xls workbooks (one, or several per-table files), or one .zip
 * of them, unpacked with care — no entry may name a path outside, a bounded number of entries and of bytes actually
 * inflated (a zip bomb stops at the limit, whatever its directory claims). Every workbook then passes the import's
 * own {@link WorkbookPreflight} (XXE, encryption, thousands of sheets, bomb-like parts). Files are written to a
 * staging folder and moved into the upload's own folder only when all passed: a refusal leaves nothing behind.
 * The folder is named here; a file keeps its uploaded name only after that name is checked to be a plain name.
 */
@Component
public class UploadGate {

    /** 13 tables as separate files, a cover, notes: far fewer than this. */
    public static final int MAX_FILES = 40;
    public static final int MAX_ZIP_ENTRIES = 200;
    public static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /** Workbooks are zips already: a .zip of them barely shrinks. Past this ratio (and 10 MB) it is a bomb. */
    public static final long MAX_ZIP_RATIO = 100;
    private static final long RATIO_FLOOR_BYTES = 10L * 1024 * 1024;
    public static final int MAX_NAME_LENGTH = 200;
    /** Chinese Windows writes zip entry names in GBK without the UTF-8 flag; flagged names are read as UTF-8. */
    private static final Charset ZIP_NAMES = Charset.forName("GBK");
    private static final Set<String> IGNORED_IN_ZIP = Set.of(".ds_store", "thumbs.db", "desktop.ini");
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    public UploadGate(@Value("${juesuan.portal.files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The portal's files ({@code juesuan.portal.files}). */
    public Path root() {
        return root;
    }

    /** Where an accepted upload is kept: {@code <juesuan.portal.files>/uploads/<id>/}. */
    public Path folder(String id) {
        return root.resolve("uploads").resolve(id);
    }

    /** @return the kept upload, or the refusal (nothing kept) */
    public UploadOutcome accept(List<MultipartFile> uploaded) {
        List<MultipartFile> files = uploaded.stream().filter(f -> f != null && !(f.isEmpty()
                && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank()))).toList();
        if (files.isEmpty()) {
            return new Refusal(Messages.text("portal.upload.none"));
        }
        if (files.size() > MAX_FILES) {
            return new Refusal(Messages.text("portal.upload.too-many", files.size(), MAX_FILES));
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean zip = false;
        for (MultipartFile file : files) {
            String name = leaf(file.getOriginalFilename());
            String problem = nameProblem(name);
            if (problem != null) {
                return new Refusal(problem);
            }
            String kind = kind(name);
            if (kind == null) {
                return new Refusal(Messages.text("portal.upload.bad-type", name));
            }
            zip |= kind.equals("zip");
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                return new Refusal(Messages.text("portal.upload.duplicate", name));
            }
            names.add(name);
        }
        if (zip && files.size() > 1) {
            return new Refusal(Messages.text("portal.upload.zip-alone", names.stream()
                    .filter(n -> kind(n).equals("zip")).findFirst().orElseThrow()));
        }
        Path staging = null;
        try {
            staging = Files.createDirectories(root.resolve(".staging")).resolve(newId());
            Files.createDirectory(staging);
            String refusal = zip ? unpack(files.get(0), names.get(0), staging) : copy(files, names, staging);
            if (refusal == null) {
                refusal = preflight(staging);
            }
            if (refusal != null) {
                return new Refusal(refusal);
            }
            List<Path> kept;
            try (Stream<Path> list = Files.list(staging)) {
                kept = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            }
            String id = staging.getFileName().toString();
            Path folder = folder(id);
            Files.createDirectories(folder.getParent());
            Files.move(staging, folder);
            staging = null;
            List<StoredFile> stored = new ArrayList<>();
            StringBuilder listing = new StringBuilder();
            for (Path file : kept) {
                Path path = folder.resolve(file.getFileName().toString());
                String sha = sha256(path);
                stored.add(new StoredFile(path.getFileName().toString(), path, Files.size(path), sha));
                listing.append(path.getFileName()).append('\0').append(sha).append('\n');
            }
            String sha = stored.size() == 1 ? stored.get(0).sha256()
                    : sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
            return new AcceptedUpload(id, folder, List.copyOf(stored), sha);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep an upload under " + root, e);
        } finally {
            if (staging != null) {
                delete(staging);
            }
        }
    }

    private static String copy(List<MultipartFile> files, List<String> names, Path staging) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            try (InputStream in = files.get(i).getInputStream()) {
                Files.copy(in, staging.resolve(names.get(i)));
            }
        }
        return null;
    }

    /** The .zip's workbooks, flat, into {@code staging}; @return why it is refused, or null */
    private static String unpack(MultipartFile upload, String zipName, Path staging) throws IOException {
        Path zipFile = staging.resolve(".upload.zip");
        try (InputStream in = upload.getInputStream()) {
            Files.copy(in, zipFile);
        }
        long allowed = Math.min(MAX_UNPACKED_BYTES, Math.max(RATIO_FLOOR_BYTES, Files.size(zipFile) * MAX_ZIP_RATIO));
        long unpacked = 0;
        int entries = 0;
        Set<String> seen = new HashSet<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile(), ZIP_NAMES)) {
            for (java.util.Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ZIP_ENTRIES) {
                    return Messages.text("portal.upload.zip.too-many-entries", zipName, MAX_ZIP_ENTRIES);
                }
                String path = entry.getName();
                if (unsafe(path)) {
                    return Messages.text("portal.upload.zip.unsafe-path", zipName, path);
                }
                if (entry.isDirectory() || path.startsWith("__MACOSX/")) {
                    continue;
                }
                String name = leaf(path);
                if (IGNORED_IN_ZIP.contains(name.toLowerCase(Locale.ROOT)) || name.startsWith("~$")) {
                    continue;
                }
                String problem = nameProblem(name);
                if (problem != null) {
                    return problem;
                }
                String kind = kind(name);
                if ("zip".equals(kind)) {
                    return Messages.text("portal.upload.zip.nested", zipName, path);
                }
                if (kind == null) {
                    return Messages.text("portal.upload.zip.not-workbook", zipName, path);
                }
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    return Messages.text("portal.upload.zip.duplicate", zipName, name);
                }
                if (seen.size() > MAX_FILES) {
                    return Messages.text("portal.upload.too-many", seen.size(), MAX_FILES);
                }
                // counted as inflated, not as the directory claims: the limit holds against a lying header
                try (InputStream in = zip.getInputStream(entry);
                     OutputStream out = Files.newOutputStream(staging.resolve(name))) {
                    byte[] buffer = new byte[64 * 1024];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        unpacked += n;
                        if (unpacked > allowed) {
                            return Messages.text("portal.upload.zip.bomb", zipName, allowed / (1024 * 1024));
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            return Messages.text("portal.upload.zip.corrupt", zipName, e.getMessage());
        } finally {
            Files.deleteIfExists(zipFile);
        }
        return seen.isEmpty() ? Messages.text("portal.upload.zip.empty", zipName) : null;
    }

    /** The import's own container checks, on every workbook kept. */
    private static String preflight(Path staging) throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : files.sorted().toList()) {
                String refusal = WorkbookPreflight.refusal(file);
                if (refusal != null) {
                    return refusal;
                }
            }
        }
        return null;
    }

    /** An entry path that would leave the folder if it were followed: absolute, a drive, or a {@code ..} step. */
    private static boolean unsafe(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.indexOf('\0') >= 0) {
            return true;
        }
        for (String step : p.split("/")) {
            if (step.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The last segment of a name a browser or a zip gives (old browsers send the whole client path). */
    private static String leaf(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1).strip();
    }

    /** @return why {@code name} cannot be a file name in the upload's folder, or null */
    private static String nameProblem(String name) {
        boolean plain = !name.isEmpty() && name.length() <= MAX_NAME_LENGTH && !name.startsWith(".")
                && name.codePoints().noneMatch(c -> Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0);
        return plain ? null : Messages.text("portal.upload.bad-name", name, MAX_NAME_LENGTH);
    }

    /** {@code xlsx}, {@code xls}, {@code zip}, or null for any other file. */
    private static String kind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") ? "xlsx" : lower.endsWith(".xls") ? "xls" : lower.endsWith(".zip") ? "zip" : null;
    }

    private static String newId() {
        return FOLDER_TIME.format(LocalDateTime.now()) + "-" + HexFormat.of().formatHex(randomBytes());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // nothing more to do: the staging folder is not an upload
        }
    }
}
