package org.juesuan.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A draft 情况说明 as sentences, each with the part of the text it stands in ("五、一般公共预算财政拨款支出决算情况说明").
 * Read from .txt (UTF-8, else GB18030 as Chinese Windows saves it) or .docx; full-width digits and signs are made
 * plain, spaces and quote marks dropped, so "２８９９．９５ 万元" and “三公” read as 2899.95万元 and 三公.
 */
public final class NarrativeText {

    /** One sentence (up to 。！？) and the heading of the part it stands in. */
    public record Sentence(int number, String section, String text) {
    }

    private static final Pattern HEADING = Pattern.compile("^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、).*");
    private static final Pattern SUBHEADING = Pattern.compile("^[（(][一二三四五六七八九十]+[）)][^。，]*");

    private NarrativeText() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase();
        List<String> paragraphs = new ArrayList<>();
        if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                for (XWPFParagraph p : doc.getParagraphs()) {
                    paragraphs.add(p.getText());
                }
            }
        } else {
            paragraphs.addAll(decode(Files.readAllBytes(file)).lines().toList());
        }
        return sentences(paragraphs);
    }

    static List<Sentence> sentences(List<String> lines) {
        List<Sentence> sentences = new ArrayList<>();
        String section = "";
        for (String paragraph : paragraphs(lines)) {
            if (HEADING.matcher(paragraph).matches() && paragraph.length() <= 40) {
                section = paragraph;
            }
            Matcher m = Pattern.compile("[^。！？]+[。！？]?").matcher(paragraph);
            while (m.find()) {
                sentences.add(new Sentence(sentences.size() + 1, section, m.group()));
            }
        }
        return sentences;
    }

    /**
     * Lines joined where a page break cut a sentence ("……；事" / "业单位医疗（项）……"): a line that ends in a
     * Chinese character without closing punctuation goes on in the next line, unless that one is a heading.
     */
    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder open = null;
        for (String raw : lines) {
            String line = normalize(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (open != null && !isHeading(line)) {
                open.append(line);
            } else {
                if (open != null) {
                    paragraphs.add(open.toString());
                }
                open = new StringBuilder(line);
            }
            char last = open.charAt(open.length() - 1);
            if (Character.UnicodeScript.of(last) != Character.UnicodeScript.HAN || isHeading(open)) {
                paragraphs.add(open.toString());
                open = null;
            }
        }
        if (open != null) {
            paragraphs.add(open.toString());
        }
        return paragraphs;
    }

    private static boolean isHeading(CharSequence line) {
        return HEADING.matcher(line).matches() || SUBHEADING.matcher(line).matches();
    }

    /** Plain digits and signs, no spaces or quote marks: the form phrases are matched in. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '％') {
                out.append('%');
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else if (c == '，' && i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1))
                    && isDigit(text.charAt(i + 1)) && groupOfThree(text, i + 1)) {
                out.append(',');
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "“”‘’\"'「」".indexOf(c) >= 0) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean groupOfThree(String text, int from) {
        int n = 0;
        while (from + n < text.length() && isDigit(text.charAt(from + n))) {
            n++;
        }
        return n == 3;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
