package org.exerciseplayer.platform;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusProperty;
import org.freedesktop.dbus.interfaces.DBusInterface;

/**
 * MPRIS's root interface, {@code org.mpris.MediaPlayer2}
 * (<a href="https://specifications.freedesktop.org/mpris-spec/latest/Media_Player.html">the specification</a>):
 * what the desktop's media controls show of the app and how they bring it to the front.
 */
@DBusInterfaceName(MediaPlayer2.INTERFACE)
@DBusProperty(name = "CanQuit", type = Boolean.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "CanRaise", type = Boolean.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "HasTrackList", type = Boolean.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "Identity", type = String.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "DesktopEntry", type = String.class, access = DBusProperty.Access.READ)
@DBusProperty(name = "SupportedUriSchemes", type = String[].class, access = DBusProperty.Access.READ)
@DBusProperty(name = "SupportedMimeTypes", type = String[].class, access = DBusProperty.Access.READ)
public interface MediaPlayer2 extends DBusInterface {

    String INTERFACE = "org.mpris.MediaPlayer2";
    String PATH = "/org/mpris/MediaPlayer2";
    /** The name the app owns while it runs; a second copy adds {@code .instance<pid>}, as the specification says. */
    String BUS_NAME = "org.mpris.MediaPlayer2.exercise_player";

    /** Brings the window to the front. */
    void Raise();

    /** Not offered ({@code CanQuit} is false): a session is ended in the app, where what was done is kept. */
    void Quit();
}
