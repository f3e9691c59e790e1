package org.exerciseplayer.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every user-visible string comes from {@code org/exerciseplayer/ui/messages.properties} through here, so the
 * app can be translated; a test checks that each key used in the code exists.
 */
public final class Messages {

    public static final String BUNDLE = "org.exerciseplayer.ui.messages";

    private static final ResourceBundle STRINGS = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    /** The text for {@code key}, with {@code arguments} placed by {@link MessageFormat}. */
    public static String get(String key, Object... arguments) {
        String pattern = STRINGS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, STRINGS.getLocale()).format(arguments);
    }

    public static ResourceBundle bundle() {
        return STRINGS;
    }
}
