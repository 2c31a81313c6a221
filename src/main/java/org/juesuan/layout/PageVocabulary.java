package org.juesuan.layout;

import java.util.List;
import java.util.Set;

/**
 * The words a printed page uses around and above its figures (the {@code vocabulary:} section of the layouts
 * file): labels of the lines above and under a table, and the words of column headers. All normalized.
 *
 * @param departmentLabels  部门/编制单位 … in front of “：name”
 * @param tableNumberWords  公开/附表/表 in front of a table's number
 * @param noteLabels        注/说明 … starting a note under a table
 * @param signatureLabels   单位负责人/制表人 … of the signature line
 * @param noDataWords       words of a note saying the table is empty (its 空表说明)
 * @param totalLabels       合计/总计 … labelling a total line
 * @param continuedMarks    续/续表 marking a title repeated on the next printed page
 * @param codeParts         类/款/项 heading split code columns
 * @param codeWords         编码/代码 in the header of a joined code column
 * @param nameWords         名称 in the header of the name column
 * @param lineNumberWords   行次: a column of line numbers, never figures
 * @param lineLabelWords    项目: the label column of a 收入|支出 block
 * @param genericWords      决算数/金额 … under a column's own name
 * @param notFactWords      上年/增减/增长率 …: a column of last year's figures or changes, never loaded
 */
public record PageVocabulary(List<String> departmentLabels, List<String> tableNumberWords, List<String> noteLabels,
                             List<String> signatureLabels, List<String> noDataWords, Set<String> totalLabels,
                             List<String> continuedMarks, Set<String> codeParts, List<String> codeWords,
                             List<String> nameWords, List<String> lineNumberWords, List<String> lineLabelWords,
                             Set<String> genericWords, List<String> notFactWords) {

    static final String[] PAGE_KEYS = {"departmentLabels", "tableNumberWords", "noteLabels", "signatureLabels",
            "noDataWords", "totalLabels", "continuedMarks"};
    static final String[] HEADER_KEYS = {"codeParts", "codeWords", "nameWords", "lineNumberWords", "lineLabelWords",
            "genericWords", "notFactWords"};

    /** Reads the {@code vocabulary:} section; every list must be there (an empty one is written {@code []}). */
    static PageVocabulary read(StrictYaml vocabulary) {
        vocabulary.onlyKeys("page", "header");
        StrictYaml page = vocabulary.required("page").onlyKeys(PAGE_KEYS);
        StrictYaml header = vocabulary.required("header").onlyKeys(HEADER_KEYS);
        return new PageVocabulary(words(page, "departmentLabels"), words(page, "tableNumberWords"),
                words(page, "noteLabels"), words(page, "signatureLabels"), words(page, "noDataWords"),
                Set.copyOf(words(page, "totalLabels")), words(page, "continuedMarks"),
                Set.copyOf(words(header, "codeParts")), words(header, "codeWords"), words(header, "nameWords"),
                words(header, "lineNumberWords"), words(header, "lineLabelWords"),
                Set.copyOf(words(header, "genericWords")), words(header, "notFactWords"));
    }

    private static List<String> words(StrictYaml section, String key) {
        return section.required(key).strings().stream().map(TextNormalizer::normalize).toList();
    }

    /** Whether a header path names a column of last year's figures or of changes (上年决算数, 增减额, 增长率). */
    public boolean isNotFact(HeaderPath path) {
        return notFactWords.stream().anyMatch(path::contains);
    }
}
