package org.sitrep.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the holder from a copyright line such as "©2021 Example Media Inc. All rights reserved." Stateless. */
final class CopyrightLine {
    private static final Pattern LINE = Pattern.compile(
            "(?i)^(?:©|\\(c\\)|copyright)\\s*(?:©|\\(c\\)|copyright)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*(.+)$");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile(
            "(?i),?\\s+(?:L\\.P\\.|LP|Inc\\.?|Ltd\\.?|LLC|plc|GmbH|S\\.A\\.|Co\\.)(?=$|[\\s.,;|])");
    private static final Pattern END = Pattern.compile("(?i)\\s*(?:\\||;|,|\\.\\s|\\.$|\\ball rights\\b)");
    private static final int MAX_HOLDER = 60;

    private CopyrightLine() {
    }

    /** The holder's name, or null when the line names none plainly (no name, an address, too long). */
    static String holder(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String rest = COMPANY_SUFFIX.matcher(m.group(1)).replaceAll("|");
        Matcher end = END.matcher(rest);
        String holder = (end.find() ? rest.substring(0, end.start()) : rest).strip();
        if (holder.isEmpty() || holder.length() > MAX_HOLDER || holder.chars().anyMatch(Character::isDigit)
                || !Character.isLetter(holder.charAt(0))) {
            return null;
        }
        return holder;
    }
}
