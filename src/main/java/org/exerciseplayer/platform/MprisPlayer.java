package org.exerciseplayer.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.errors.UnknownProperty;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

/**
 * The app as an MPRIS media player (<a href="https://specifications.freedesktop.org/mpris-spec/latest/">MPRIS
 * 2.2</a>) on the session bus: {@code org.mpris.MediaPlayer2.exercise_player} at {@code /org/mpris/MediaPlayer2},
 * owned while the app runs. A Bluetooth headset's play/pause and next, a keyboard's media keys (which desktops send
 * to MPRIS players) and the desktop's media controls reach {@link MediaControls.Commands}; {@code PlaybackStatus}
 * follows what the app {@link #show shows}: Stopped on home, Playing, Paused. Properties are read through
 * {@code org.freedesktop.DBus.Properties}, and each change is signalled with {@code PropertiesChanged}.
 *
 * <p>dbus-java calls the methods on its own threads; so do the commands. Thread-safe.
 */
public final class MprisPlayer implements MediaPlayer2, MediaPlayer2Player, Properties, MediaControls.Player {

    private static final String IDENTITY = "Exercise Player";
    private static final String DESKTOP_ENTRY = "exercise-player";

    private final SessionBus bus;
    private final MediaControls.Commands commands;
    private String busName;
    private MediaControls.Status status = MediaControls.Status.STOPPED;
    private String title = "";
    private int track;
    private boolean closed;

    private MprisPlayer(SessionBus bus, MediaControls.Commands commands) {
        this.bus = bus;
        this.commands = commands;
    }

    /**
     * Serves a player on {@code bus}: exports its object and takes its name (with {@code .instance<pid>} if another
     * copy of the app has it).
     */
    public static MediaControls.Player serve(SessionBus bus, MediaControls.Commands commands) throws IOException {
        MprisPlayer player = new MprisPlayer(bus, commands);
        bus.export(PATH, player);
        try {
            bus.requestName(BUS_NAME);
            player.busName = BUS_NAME;
        } catch (IOException taken) {
            String instance = BUS_NAME + ".instance" + ProcessHandle.current().pid();
            bus.requestName(instance);
            player.busName = instance;
        }
        return player;
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }

    @Override
    public synchronized String description() {
        return busName + " on the session bus";
    }

    // The app's side ---------------------------------------------------------------------------------------------

    @Override
    public void show(MediaControls.Status newStatus, String newTitle) {
        Map<String, Variant<?>> changed;
        synchronized (this) {
            String shownTitle = newTitle == null ? "" : newTitle;
            if (closed || newStatus == status && shownTitle.equals(title)) {
                return;
            }
            boolean newTrack = !shownTitle.equals(title);
            status = newStatus;
            title = shownTitle;
            if (newTrack) {
                track++;
            }
            changed = new LinkedHashMap<>();
            Map<String, Variant<?>> all = playerProperties();
            for (String name : List.of("PlaybackStatus", "Metadata", "CanGoNext", "CanGoPrevious", "CanPlay",
                    "CanPause")) {
                changed.put(name, all.get(name));
            }
        }
        try {
            bus.send(new PropertiesChanged(PATH, MediaPlayer2Player.INTERFACE, changed, List.of()));
        } catch (DBusException | IOException e) {
            // The desktop reads the properties again when it next asks; a lost signal only delays what it shows.
        }
    }

    @Override
    public void close() {
        String name;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            name = busName;
        }
        bus.release(name, PATH);
    }

    // org.mpris.MediaPlayer2 -------------------------------------------------------------------------------------

    @Override
    public void Raise() {
        commands.raise();
    }

    @Override
    public void Quit() {
        // CanQuit is false.
    }

    // org.mpris.MediaPlayer2.Player ------------------------------------------------------------------------------

    @Override
    public void Next() {
        commands.next();
    }

    @Override
    public void Previous() {
        commands.previous();
    }

    @Override
    public void Pause() {
        commands.pause();
    }

    @Override
    public void PlayPause() {
        commands.playPause();
    }

    @Override
    public void Stop() {
        commands.stop();
    }

    @Override
    public void Play() {
        commands.play();
    }

    @Override
    public void Seek(long offsetMicroseconds) {
        // CanSeek is false.
    }

    @Override
    public void SetPosition(DBusPath trackId, long positionMicroseconds) {
        // CanSeek is false.
    }

    @Override
    public void OpenUri(String uri) {
        // No URI schemes are supported.
    }

    // org.freedesktop.DBus.Properties ----------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    @Override
    public <A> A Get(String interfaceName, String propertyName) {
        Variant<?> value = GetAll(interfaceName).get(propertyName);
        if (value == null) {
            throw new UnknownProperty(interfaceName + "." + propertyName);
        }
        return (A) value;
    }

    @Override
    public <A> void Set(String interfaceName, String propertyName, A value) {
        throw new org.freedesktop.dbus.errors.PropertyReadOnly(interfaceName + "." + propertyName + " is read-only");
    }

    @Override
    public synchronized Map<String, Variant<?>> GetAll(String interfaceName) {
        if (MediaPlayer2.INTERFACE.equals(interfaceName)) {
            Map<String, Variant<?>> root = new LinkedHashMap<>();
            root.put("CanQuit", new Variant<>(false));
            root.put("CanRaise", new Variant<>(true));
            root.put("HasTrackList", new Variant<>(false));
            root.put("Identity", new Variant<>(IDENTITY));
            root.put("DesktopEntry", new Variant<>(DESKTOP_ENTRY));
            root.put("SupportedUriSchemes", new Variant<>(new String[0], "as"));
            root.put("SupportedMimeTypes", new Variant<>(new String[0], "as"));
            return root;
        }
        if (MediaPlayer2Player.INTERFACE.equals(interfaceName)) {
            return playerProperties();
        }
        return Map.of();
    }

    private Map<String, Variant<?>> playerProperties() {
        boolean session = status != MediaControls.Status.STOPPED;
        Map<String, Variant<?>> player = new LinkedHashMap<>();
        player.put("PlaybackStatus", new Variant<>(status.mprisName()));
        player.put("Rate", new Variant<>(1.0));
        player.put("MinimumRate", new Variant<>(1.0));
        player.put("MaximumRate", new Variant<>(1.0));
        player.put("Volume", new Variant<>(1.0));
        player.put("Position", new Variant<>(0L));
        player.put("Metadata", new Variant<>(metadata(), "a{sv}"));
        player.put("CanGoNext", new Variant<>(session));
        player.put("CanGoPrevious", new Variant<>(session));
        player.put("CanPlay", new Variant<>(session));
        player.put("CanPause", new Variant<>(session));
        player.put("CanSeek", new Variant<>(false));
        player.put("CanControl", new Variant<>(true));
        return player;
    }

    /** The exercise under way as the "track": its name, and a track id that changes with it. */
    private Map<String, Variant<?>> metadata() {
        Map<String, Variant<?>> metadata = new LinkedHashMap<>();
        String path = status == MediaControls.Status.STOPPED ? "/org/mpris/MediaPlayer2/TrackList/NoTrack"
                : "/org/exerciseplayer/track/" + track;
        metadata.put("mpris:trackid", new Variant<>(new DBusPath(path)));
        if (!title.isEmpty()) {
            metadata.put("xesam:title", new Variant<>(title));
            metadata.put("xesam:artist", new Variant<>(new String[] {IDENTITY}, "as"));
        }
        return metadata;
    }
}
