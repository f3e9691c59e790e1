package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DbusMessageTest {

    @Test
    void aMethodCallSurvivesEncodingAndDecoding() throws IOException {
        byte[] bytes = DbusMessage.encode(DbusMessage.METHOD_CALL, 0, 7, Map.of(
                DbusMessage.FIELD_PATH, "/org/freedesktop/ScreenSaver",
                DbusMessage.FIELD_INTERFACE, "org.freedesktop.ScreenSaver",
                DbusMessage.FIELD_MEMBER, "Inhibit",
                DbusMessage.FIELD_DESTINATION, "org.freedesktop.ScreenSaver"), "susu", "Exercise Player", 0L,
                "Übung läuft", 8L);

        DbusMessage message = decode(bytes);

        assertThat(message.type()).isEqualTo(DbusMessage.METHOD_CALL);
        assertThat(message.serial()).isEqualTo(7);
        assertThat(message.path()).isEqualTo("/org/freedesktop/ScreenSaver");
        assertThat(message.interfaceName()).isEqualTo("org.freedesktop.ScreenSaver");
        assertThat(message.member()).isEqualTo("Inhibit");
        assertThat(message.signature()).isEqualTo("susu");
        DbusMessage.Reader body = message.bodyReader();
        assertThat(body.string()).isEqualTo("Exercise Player");
        assertThat(body.uint32()).isZero();
        assertThat(body.string()).isEqualTo("Übung läuft");
        assertThat(body.uint32()).isEqualTo(8);
    }

    @Test
    void theHeaderFollowsTheWireLayout() {
        byte[] bytes = DbusMessage.encode(DbusMessage.METHOD_RETURN, 0, 9,
                Map.of(DbusMessage.FIELD_REPLY_SERIAL, 7L), "u", 42L);

        assertThat(bytes).startsWith('l', DbusMessage.METHOD_RETURN, 0, 1, /* body length */ 4, 0, 0, 0,
                /* serial */ 9, 0, 0, 0, /* field array length */ 15, 0, 0, 0,
                /* REPLY_SERIAL, variant "u", 7 */ 5, 1, 'u', 0, 7, 0, 0, 0,
                /* SIGNATURE, variant "g", "u" */ 8, 1, 'g', 0, 1, 'u', 0, /* pad to 8 */ 0,
                /* body */ 42, 0, 0, 0);
        assertThat(bytes).hasSize(36);
    }

    @Test
    void aBigEndianReplyIsRead() throws IOException {
        byte[] bytes = {'B', DbusMessage.METHOD_RETURN, 0, 1, 0, 0, 0, 4, 0, 0, 0, 9, 0, 0, 0, 15,
            5, 1, 'u', 0, 0, 0, 0, 7,
            8, 1, 'g', 0, 1, 'u', 0, 0,
            0, 0, 0, 42};

        DbusMessage message = decode(bytes);

        assertThat(message.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(message.replySerial()).isEqualTo(7);
        assertThat(message.bodyReader().uint32()).isEqualTo(42);
    }

    @Test
    void somethingThatIsNotDbusIsRefused() {
        ByteBuffer buffer = ByteBuffer.wrap("HTTP/1.1 200 OK\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> DbusMessage.totalLength(buffer)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a D-Bus message");
    }

    @Test
    void anAbsurdLengthIsRefusedBeforeWaitingForIt() {
        byte[] bytes = {'l', 2, 0, 1, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 1, 0, 0, 0, 0, 0, 0, 0};

        assertThatThrownBy(() -> DbusMessage.totalLength(ByteBuffer.wrap(bytes)))
                .hasMessageContaining("larger than allowed");
    }

    private static DbusMessage decode(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int length = DbusMessage.totalLength(buffer);
        assertThat(length).isEqualTo(bytes.length);
        return DbusMessage.decode(buffer, length);
    }
}
