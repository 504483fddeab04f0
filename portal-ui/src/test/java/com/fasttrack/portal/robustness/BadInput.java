package com.fasttrack.portal.robustness;

import java.util.List;

/** The bad-input corpus: what a careless, curious or hostile user types or pastes into any field or parameter. */
record BadInput(String name, String value) {

    static final String LONG = "x".repeat(10_000);

    /** Tried in every text field and every text parameter. */
    static final List<BadInput> TEXT = List.of(
            new BadInput("10,000 characters", LONG),
            new BadInput("NUL", "before\u0000after"),
            new BadInput("U+0001", "before\u0001after"),
            new BadInput("ESC", "before\u001B[31mafter"),
            new BadInput("right-to-left override", "invoice\u202Egpj.exe"),
            new BadInput("emoji", "Go-live 🚀 team 👩‍💻 ✅"),
            new BadInput("script", "<script>alert(1)</script>"),
            new BadInput("formula", "=HYPERLINK(\"http://x\",\"y\")"),
            new BadInput("SQL", "'; drop table engagement; --"));

    /** Tried in every date field (as the date picker would hand them over). */
    static final List<BadInput> DATES = List.of(
            new BadInput("far past", "1900-01-01"),
            new BadInput("far future", "9999-12-31"));

    /** Tried in every number field and every number parameter. */
    static final List<BadInput> NUMBERS = List.of(
            new BadInput("negative", "-1"),
            new BadInput("above int", "2147483648"),
            new BadInput("above double", "1e309"));

    /** Everything, for parameters that arrive as text whatever their type. */
    static List<BadInput> all() {
        return java.util.stream.Stream.of(TEXT, DATES, NUMBERS).flatMap(List::stream).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
