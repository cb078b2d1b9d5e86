package io.orgkit.api.validation;

/**
 * What every name-like field refuses wherever it appears: characters a person cannot see or that change how the text
 * around them is shown. Control characters (Unicode category Cc), format characters (Cf: zero-width spaces and
 * joiners, bidirectional overrides and isolates, the byte-order mark), line and paragraph separators, unassigned
 * code points, private-use characters and lone surrogates.
 */
final class VisibleText {

    private VisibleText() {
    }

    /**
     * @param text the text
     * @return whether every code point is one a reader can see (or an ordinary space)
     */
    static boolean isVisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            switch (Character.getType(codePoint)) {
                case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                     Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> {
                    return false;
                }
                default -> {
                    // visible
                }
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /**
     * @param text the text
     * @return whether it holds a space other than U+0020 (no-break, ideographic, en and em spaces…), which look like an
     *         ordinary space but compare differently
     */
    static boolean hasUnusualSpace(String text) {
        return text.codePoints().anyMatch(c -> c != ' ' && Character.isSpaceChar(c));
    }
}
