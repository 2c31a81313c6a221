package org.juesuan.query;

/**
 * How a dialect tells code from string literals, quoted names and comments. The statement check reads
 * a query under each dialect the warehouse may run on and refuses what any of them would execute.
 */
enum SqlDialect {

    /**
     * MySQL/MariaDB: backslash escapes inside '…' and "…" (both strings), `…` names, comments {@code #},
     * {@code -- } (only with a space or control character after the dashes) and non-nesting {@code /* *}{@code /}.
     */
    MYSQL(true, true, false),

    /**
     * H2 (and standard SQL): no backslash escapes, "…" and `…` are names, comments {@code --} (always) and
     * {@code //}, {@code #} is not a comment.
     */
    STANDARD(false, false, true);

    final boolean backslashEscapes;
    final boolean hashComments;
    final boolean slashSlashComments;

    SqlDialect(boolean backslashEscapes, boolean hashComments, boolean slashSlashComments) {
        this.backslashEscapes = backslashEscapes;
        this.hashComments = hashComments;
        this.slashSlashComments = slashSlashComments;
    }

    boolean startsLineComment(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '#') {
            return hashComments;
        }
        if (sql.startsWith("//", i)) {
            return slashSlashComments;
        }
        if (!sql.startsWith("--", i)) {
            return false;
        }
        if (this != MYSQL) {
            return true;
        }
        // MySQL: "1--1" is arithmetic; a comment needs whitespace or a control character after "--".
        return i + 2 >= sql.length() || sql.charAt(i + 2) <= ' ';
    }
}
