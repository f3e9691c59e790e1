package org.exerciseplayer.platform;

/**
 * Shows a notification through the desktop's own service: on Linux {@code org.freedesktop.Notifications} over the
 * session bus (clicking it reaches the app: {@link #onActivated}); on macOS {@code osascript}'s "display
 * notification" and on Windows a tray balloon through Windows PowerShell, neither of which can call the app back
 * (untested, see README). Never throws: a notification that cannot be shown returns false and says why in
 * {@link #status()}.
 */
public interface DesktopNotifier extends AutoCloseable {

    /**
     * Shows (or replaces) the app's notification.
     *
     * @param action the label of the one action, e.g. "Start now"; clicking the notification itself does the same
     * @return whether the desktop took it
     */
    boolean show(String title, String body, String action);

    /** What to run (on the notifier's own thread) when the person clicks the notification or its action. */
    void onActivated(Runnable action);

    /** What is used, or why nothing can be. */
    String status();

    @Override
    void close();

    /** The notifier for this operating system; on Linux over {@code bus}. */
    static DesktopNotifier forThisPlatform(SessionBus bus) {
        return switch (OperatingSystem.current()) {
            case MACOS -> CommandNotifier.macOs(ProcessLauncher.system());
            case WINDOWS -> CommandNotifier.windows(ProcessLauncher.system());
            default -> new DbusNotifier(bus);
        };
    }
}
