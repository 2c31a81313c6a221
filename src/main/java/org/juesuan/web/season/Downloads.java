package org.juesuan.web.season;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files sent to the browser as downloads (never rendered inside the portal's pages). */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(body);
    }

    /** One workbook as it is, or several in one .zip named {@code zipName}. */
    public static ResponseEntity<byte[]> workbooks(List<Path> files, String zipName) throws IOException {
        if (files.size() == 1) {
            Path file = files.get(0);
            return attachment(file.getFileName().toString(), MediaType.APPLICATION_OCTET_STREAM, Files.readAllBytes(file));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return attachment(zipName, MediaType.parseMediaType("application/zip"), bytes.toByteArray());
    }

    public static ResponseEntity<byte[]> html(String fileName, String html) {
        return attachment(fileName, MediaType.parseMediaType("text/html;charset=UTF-8"), html.getBytes(StandardCharsets.UTF_8));
    }
}
