package com.fasttrack.portal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A request parameter of the REST API that the caller got wrong: answered 400 with a problem detail naming the
 * parameter. The caller's value is never echoed back, so a body can never carry what an attacker typed.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String rule) {
        super(parameter + " " + rule);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The value unless it holds a control character, which no stored text can match. */
    public static String text(String parameter, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidParameterException(parameter, "must be at most " + maxLength + " characters");
        }
        if (value.chars().anyMatch(InvalidParameterException::isControl)) {
            throw new InvalidParameterException(parameter, "must not contain control characters");
        }
        return value;
    }

    public static int between(String parameter, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidParameterException(parameter, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** The names a parameter of this enum type accepts, for the message. */
    public static String choices(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        return constants == null ? "" : Arrays.stream(constants).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
    }
}
