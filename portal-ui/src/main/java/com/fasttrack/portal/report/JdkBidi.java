package com.fasttrack.portal.report;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

import java.text.Bidi;

/**
 * The Unicode bidirectional algorithm for openhtmltopdf from the JDK's {@link Bidi}, so that Hebrew and Arabic words
 * in a report read right to left. openhtmltopdf's own support needs ICU4J (about 13 MB); the JDK has the algorithm but
 * not Arabic shaping, so Arabic letters are drawn in their isolated forms (decision record 014).
 */
final class JdkBidi implements BidiSplitterFactory, BidiReorderer {

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    /** Turns a right-to-left run into the order it is drawn in, keeping combining marks after their letter. */
    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder drawn = new StringBuilder(text.length());
        int end = text.length();
        while (end > 0) {
            int start = end;
            // a cluster: one base character and the marks that follow it
            do {
                start = text.offsetByCodePoints(start, -1);
            } while (start > 0 && isMark(text.codePointAt(start)));
            int base = text.codePointAt(start);
            drawn.appendCodePoint(mirrored(base));
            drawn.append(text, start + Character.charCount(base), end);
            end = start;
        }
        return drawn.toString();
    }

    @Override
    public String shapeText(String text) {
        return text;
    }

    @Override
    public String deshapeText(String text) {
        return text;
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static int mirrored(int codePoint) {
        return switch (codePoint) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> codePoint;
        };
    }

    /** Splits a paragraph into runs of one direction, in visual order. */
    private static final class Splitter implements BidiSplitter {

        private BidiTextRun[] runs = new BidiTextRun[0];

        @Override
        public void setParagraph(String paragraph, byte direction) {
            int flags = switch (direction) {
                case RTL -> Bidi.DIRECTION_RIGHT_TO_LEFT;
                case LTR -> Bidi.DIRECTION_LEFT_TO_RIGHT;
                default -> Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            };
            Bidi bidi = new Bidi(paragraph, flags);
            int count = bidi.getRunCount();
            BidiTextRun[] logical = new BidiTextRun[count];
            byte[] levels = new byte[count];
            for (int i = 0; i < count; i++) {
                int start = bidi.getRunStart(i);
                levels[i] = (byte) bidi.getRunLevel(i);
                logical[i] = new BidiTextRun(start, bidi.getRunLimit(i) - start, (levels[i] & 1) == 1 ? RTL : LTR);
            }
            if (count > 0) {
                Bidi.reorderVisually(levels, 0, logical, 0, count);
            }
            runs = logical;
        }

        @Override
        public int countTextRuns() {
            return runs.length;
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            return runs[index];
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            for (int i = 0; i < paragraph.length(); ) {
                int codePoint = paragraph.codePointAt(i);
                byte direction = Character.getDirectionality(codePoint);
                if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return LTR;
                }
                if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return RTL;
                }
                i += Character.charCount(codePoint);
            }
            return NEUTRAL;
        }
    }
}
