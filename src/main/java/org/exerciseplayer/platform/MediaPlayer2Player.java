package org.exerciseplayer.platform;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusProperty;
import org.freedesktop.dbus.interfaces.DBusInterface;

/**
 * MPRIS's {@code org.mpris.MediaPlayer2.Player}: play, pause and next from a headset or the desktop's media
 * controls, and the session's state ({@code PlaybackStatus}: Stopped, Playing, Paused) for them to show. The
 * exercise under way is the "track".
 */
@DBusInterfaceName(MediaPlayer2Player.INTERFACE)
@DBusProperty(name = "PlaybackStatus", type = String.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "Rate", type = Double.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "MinimumRate", type = Double.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "MaximumRate", type = Double.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "Volume", type = Double.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "Position", type = Long.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "CanGoNext", type = Boolean.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "CanGoPrevious", type = Boolean.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "CanPlay", type = Boolean.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "CanPause", type = Boolean.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "CanSeek", type = Boolean.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "CanControl", type = Boolean.class, access = DBusProperty.Access.READ)
public interface MediaPlayer2Player extends DBusInterface {

    String INTERFACE = "org.mpris.MediaPlayer2.Player";

    void Next();

    void Previous();

    void Pause();

    void PlayPause();

    void Stop();

    void Play();

    /** Not offered ({@code CanSeek} is false): the session's time is the engine's. */
    void Seek(long offsetMicroseconds);

    /** Not offered ({@code CanSeek} is false). */
    void SetPosition(DBusPath trackId, long positionMicroseconds);

    /** Not offered: no URI schemes are supported. */
    void OpenUri(String uri);
}
