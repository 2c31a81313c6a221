package org.juesuan.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.juesuan.model.CellRef;
import org.juesuan.model.Messages;

/**
 * Binds one table's header paths (the texts above each column, merges filled in) to column keys,
 * per the table's kind. Columns are found by their text, never by position.
 */
final class HeaderBinding {

    private final PageVocabulary words;
    private final TableLayouts layouts;
    private final TableLayout layout;
    private final List<HeaderPath> paths;
    private final CellRef headerCell;
    private final List<Integer> used = new ArrayList<>();
    /** Columns of last year's figures or of changes (上年决算数, 增减额, 增长率): never bound, never loaded. */
    private final List<Integer> notFacts = new ArrayList<>();

    HeaderBinding(PageVocabulary words, TableLayouts layouts, TableLayout layout, List<HeaderPath> paths,
                  CellRef headerCell) {
        this.words = words;
        this.layouts = layouts;
        this.layout = layout;
        this.paths = paths;
        this.headerCell = headerCell;
        for (int c = 0; c < paths.size(); c++) {
            if (words.isNotFact(paths.get(c))) {
                notFacts.add(c);
                used.add(c);
            }
        }
    }

    /** The columns passed over as not this year's figures, with their headers (E=上年决算数/合计). */
    List<String> notFactColumns() {
        return notFacts.stream().map(c -> CellRef.columnLetters(c) + "=" + String.join("/", paths.get(c).elements()))
                .toList();
    }

    List<BoundBlock> bind() throws LayoutException {
        return switch (layout.kind()) {
            case FUNCTIONAL -> List.of(functional());
            case FIXED_LINES -> fixedLines();
            case ECONOMIC_GROUPS -> economicGroups();
            case SINGLE_ROW -> List.of(new BoundBlock(null, List.of(), -1,
                    bindColumns(layout.columns(), allColumns(), "final.total")));
        };
    }

    /**
     * Columns whose cells are read (codes, names, labels, amounts) or known to hold no figure (行次); a figure
     * in any other column — under a header no key took, or under no header at all — is reported, not dropped.
     */
    java.util.Set<Integer> readColumns() {
        java.util.Set<Integer> read = new java.util.TreeSet<>(used);
        for (int c = 0; c < paths.size(); c++) {
            if (words.lineNumberWords().stream().anyMatch(paths.get(c)::contains)) {
                read.add(c);
            }
        }
        return read;
    }

    private boolean isCodeHeader(HeaderPath path) {
        return words.codeParts().contains(path.bottom()) || bottomHas(path, words.codeWords());
    }

    private static boolean bottomHas(HeaderPath path, List<String> any) {
        return any.stream().anyMatch(path.bottom()::contains);
    }

    private boolean isNameHeader(HeaderPath path) {
        return bottomHas(path, words.nameWords());
    }

    private BoundBlock functional() throws LayoutException {
        List<Integer> codeColumns = new ArrayList<>();
        for (int c = 0; c < paths.size(); c++) {
            if (!used.contains(c) && words.codeParts().contains(paths.get(c).bottom())) {
                codeColumns.add(c);
            }
        }
        if (codeColumns.isEmpty()) {
            firstColumn(p -> bottomHas(p, words.codeWords())).ifPresent(codeColumns::add);
        }
        int nameColumn;
        if (codeColumns.isEmpty()) {
            // 项目 | 本年收入合计 …: codes printed in front of the names (2010101 行政运行), one column for both
            int both = firstColumn(p -> isNameHeader(p) || words.lineLabelWords().stream().anyMatch(p::contains)
                    && layout.columns().values().stream().flatMap(List::stream)
                    .noneMatch(m -> m.matches(p, words.genericWords())))
                    .orElseThrow(() -> missing(Messages.text("refusal.header.code-column")));
            codeColumns.add(both);
            nameColumn = both;
        } else {
            nameColumn = firstColumn(this::isNameHeader).orElse(-1);
        }
        used.addAll(codeColumns);
        if (nameColumn >= 0) {
            used.add(nameColumn);
        }
        Map<String, Integer> amounts = bindColumns(layout.columns(), allColumns(), firstKey(layout.columns()));
        if (layout.economicColumnsUnder() != null) {
            for (int c = 0; c < paths.size(); c++) {
                HeaderPath path = paths.get(c);
                if (used.contains(c) || !path.contains(layout.economicColumnsUnder())) {
                    continue;
                }
                String code = path.leafCandidates(words.genericWords()).stream()
                        .map(layouts::economicClassOfColumn).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                if (code != null) {
                    amounts.put(layout.economicColumnPrefix() + code, c);
                    used.add(c);
                }
            }
        }
        return new BoundBlock(null, codeColumns, nameColumn, amounts);
    }

    private List<BoundBlock> fixedLines() throws LayoutException {
        List<BoundBlock> blocks = new ArrayList<>();
        for (BlockLayout block : layout.blocks()) {
            List<Integer> columns = new ArrayList<>();
            for (int c = 0; c < paths.size(); c++) {
                if (!paths.get(c).isEmpty() && paths.get(c).elements().get(0).startsWith(block.header())) {
                    columns.add(c);
                }
            }
            if (columns.isEmpty()) {
                throw missing(Messages.text("refusal.header.block", block.header()));
            }
            int labelColumn = columns.stream().filter(c -> words.lineLabelWords().stream().anyMatch(paths.get(c)::contains))
                    .findFirst()
                    .orElse(columns.get(0));
            used.add(labelColumn);
            blocks.add(new BoundBlock(block, List.of(), labelColumn,
                    bindColumns(block.columns(), columns, firstKey(block.columns()))));
        }
        return blocks;
    }

    /**
     * Side-by-side groups of 科目编码 | 科目名称 | 决算数; the code may take several columns
     * (类 | 款, or one 科目编码 merged over two). A group with several amount columns (T09 by 功能分类 rows:
     * 合计 | 基本支出 | 项目支出) binds them by the table's column keys. With no 科目编码 column, one 项目 column
     * may carry code and name together.
     */
    private List<BoundBlock> economicGroups() throws LayoutException {
        List<BoundBlock> groups = new ArrayList<>();
        int c = 0;
        while (c < paths.size()) {
            if (used.contains(c) || !isCodeHeader(paths.get(c))) {
                c++;
                continue;
            }
            List<Integer> codeColumns = new ArrayList<>(List.of(c++));
            while (c < paths.size() && isCodeHeader(paths.get(c)) && !isNameHeader(paths.get(c))) {
                codeColumns.add(c++);
            }
            if (c + 1 >= paths.size() || !isNameHeader(paths.get(c))) {
                throw new LayoutException(Messages.text("refusal.header.name-amount", headerCell,
                        Messages.table(layout.code()), CellRef.columnLetters(codeColumns.get(0)), headerText()));
            }
            groups.add(group(codeColumns, c++));
        }
        if (groups.isEmpty()) {
            // 项目 | 决算数 (T09 by 功能分类 rows): codes printed in front of the names (2010101 行政运行), one column;
            // 项目名称 | 决算数 lists projects without codes, which no row key takes
            Optional<Integer> both = firstColumn(p -> !isNameHeader(p) && words.lineLabelWords().stream().anyMatch(p::contains));
            if (both.isPresent()) {
                groups.add(group(List.of(both.get()), both.get()));
            }
        }
        if (groups.isEmpty()) {
            throw missing(Messages.text("refusal.header.group"));
        }
        return groups;
    }

    /** One group: its code and name columns, then its amount columns up to the next code column. */
    private BoundBlock group(List<Integer> codeColumns, int nameColumn) throws LayoutException {
        used.addAll(codeColumns);
        used.add(nameColumn);
        List<Integer> amountColumns = new ArrayList<>();
        for (int c = nameColumn + 1; c < paths.size() && !isCodeHeader(paths.get(c)); c++) {
            if (!used.contains(c) && !paths.get(c).isEmpty()) {
                amountColumns.add(c);
            }
        }
        Map<String, Integer> amounts = amountColumns.size() > 1 && !layout.columns().isEmpty()
                ? bindColumns(layout.columns(), amountColumns, null) : new LinkedHashMap<>();
        if (amounts.isEmpty() && !amountColumns.isEmpty()) {
            amounts.put("amount", amountColumns.get(0));
            used.add(amountColumns.get(0));
        }
        if (amounts.isEmpty()) {
            throw new LayoutException(Messages.text("refusal.header.name-amount", headerCell,
                    Messages.table(layout.code()), CellRef.columnLetters(codeColumns.get(0)), headerText()));
        }
        return new BoundBlock(null, codeColumns, nameColumn, amounts);
    }

    private Map<String, Integer> bindColumns(Map<String, List<ColumnMatcher>> specs, List<Integer> candidates,
                                             String requiredKey) throws LayoutException {
        Map<String, Integer> bound = new LinkedHashMap<>();
        for (Map.Entry<String, List<ColumnMatcher>> spec : specs.entrySet()) {
            for (int c : candidates) {
                if (used.contains(c)) {
                    continue;
                }
                HeaderPath path = paths.get(c);
                if (spec.getValue().stream().anyMatch(m -> m.matches(path, words.genericWords()))) {
                    bound.put(spec.getKey(), c);
                    used.add(c);
                    break;
                }
            }
        }
        if (requiredKey != null && !bound.containsKey(requiredKey)) {
            throw missing(Messages.text("refusal.header.column", layout.columnLabel(requiredKey)));
        }
        return bound;
    }

    private static String firstKey(Map<String, ?> specs) {
        return specs.keySet().iterator().next();
    }

    private List<Integer> allColumns() {
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < paths.size(); c++) {
            all.add(c);
        }
        return all;
    }

    private Optional<Integer> firstColumn(Predicate<HeaderPath> test) {
        for (int c = 0; c < paths.size(); c++) {
            if (!used.contains(c) && test.test(paths.get(c))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private String headerText() {
        List<String> seen = new ArrayList<>();
        for (int c = 0; c < paths.size(); c++) {
            if (!paths.get(c).isEmpty()) {
                seen.add(CellRef.columnLetters(c) + "=" + String.join("/", paths.get(c).elements()));
            }
        }
        return String.join(", ", seen);
    }

    private LayoutException missing(String what) {
        return new LayoutException(Messages.text("refusal.header.missing", headerCell, Messages.table(layout.code()),
                what, headerText()));
    }
}
