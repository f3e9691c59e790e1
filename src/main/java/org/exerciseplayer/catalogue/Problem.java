package org.exerciseplayer.catalogue;

/**
 * One thing wrong with a file, with where it is: {@code hip.json:41:22 $.sections[1].exercises[2].dose.holdSeconds:
 * must be a whole number of seconds from 1 to 600, got -5}. Line and column start at 1; they are 0 where a
 * problem concerns the whole file (too large, unreadable), and the path is empty then.
 */
public record Problem(String file, int line, int column, String path, String message) {

    /**
     * The problem as one line, safe to print on a terminal: any character in the file name, path or message that
     * could move the cursor or change the terminal is shown escaped.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(org.exerciseplayer.catalogue.json.Echo.terminal(file));
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(path.isEmpty() ? ":" : " " + org.exerciseplayer.catalogue.json.Echo.terminal(path) + ":");
        return text.append(' ').append(org.exerciseplayer.catalogue.json.Echo.terminal(message)).toString();
    }
}
