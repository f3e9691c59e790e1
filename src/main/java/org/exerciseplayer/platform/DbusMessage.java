package org.exerciseplayer.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One D-Bus message, and the part of the wire format this app needs: header fields, and bodies of strings,
 * object paths, signatures and 32-bit unsigned integers. We write little-endian; we read either order.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol">the specification</a>
 */
record DbusMessage(int type, int flags, long serial, Map<Integer, Object> fields, byte[] body, ByteOrder order) {

    static final int METHOD_CALL = 1;
    static final int METHOD_RETURN = 2;
    static final int ERROR = 3;
    static final int SIGNAL = 4;

    static final int FLAG_NO_REPLY_EXPECTED = 0x1;

    static final int FIELD_PATH = 1;
    static final int FIELD_INTERFACE = 2;
    static final int FIELD_MEMBER = 3;
    static final int FIELD_ERROR_NAME = 4;
    static final int FIELD_REPLY_SERIAL = 5;
    static final int FIELD_DESTINATION = 6;
    static final int FIELD_SENDER = 7;
    static final int FIELD_SIGNATURE = 8;

    /** The fixed part of a header, up to and including the length of the header field array. */
    static final int FIXED_HEADER_BYTES = 16;
    /** The specification's limit for a whole message. */
    static final int MAX_MESSAGE_BYTES = 128 * 1024 * 1024;

    DbusMessage {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    String path() {
        return (String) fields.get(FIELD_PATH);
    }

    String interfaceName() {
        return (String) fields.get(FIELD_INTERFACE);
    }

    String member() {
        return (String) fields.get(FIELD_MEMBER);
    }

    String errorName() {
        return (String) fields.get(FIELD_ERROR_NAME);
    }

    String sender() {
        return (String) fields.get(FIELD_SENDER);
    }

    String signature() {
        return (String) fields.getOrDefault(FIELD_SIGNATURE, "");
    }

    /** The serial this message replies to, or -1. */
    long replySerial() {
        Object value = fields.get(FIELD_REPLY_SERIAL);
        return value == null ? -1 : (Long) value;
    }

    /** Reads the body's values in order. */
    Reader bodyReader() {
        return new Reader(ByteBuffer.wrap(body).order(order), 0);
    }

    /**
     * Encodes a message. {@code args} match {@code signature}: a {@link String} for {@code s}, {@code o} and
     * {@code g}, a {@link Number} for {@code u}.
     */
    static byte[] encode(int type, int flags, long serial, Map<Integer, Object> fields, String signature,
            Object... args) {
        Writer body = new Writer();
        body.values(signature, args);
        Map<Integer, Object> allFields = new LinkedHashMap<>(fields);
        if (!signature.isEmpty()) {
            allFields.put(FIELD_SIGNATURE, signature);
        }
        Writer message = new Writer();
        message.byteValue('l');
        message.byteValue(type);
        message.byteValue(flags);
        message.byteValue(1);
        message.uint32(body.size());
        message.uint32(serial);
        int lengthAt = message.size();
        message.uint32(0);
        message.align(8);
        int arrayStart = message.size();
        for (Map.Entry<Integer, Object> field : allFields.entrySet()) {
            message.align(8);
            message.byteValue(field.getKey());
            String fieldSignature = fieldSignature(field.getKey());
            message.signature(fieldSignature);
            message.values(fieldSignature, field.getValue());
        }
        message.patchUint32(lengthAt, message.size() - arrayStart);
        message.align(8);
        message.bytes(body.toByteArray());
        return message.toByteArray();
    }

    /**
     * The length of the message starting at {@code buffer}'s position once its fixed header is there, so a
     * reader knows how much to wait for.
     */
    static int totalLength(ByteBuffer buffer) throws IOException {
        ByteBuffer header = buffer.duplicate().order(byteOrder(buffer.get(buffer.position())));
        long bodyLength = header.getInt(header.position() + 4) & 0xFFFFFFFFL;
        long fieldsLength = header.getInt(header.position() + 12) & 0xFFFFFFFFL;
        long total = align8(FIXED_HEADER_BYTES + fieldsLength) + bodyLength;
        if (total > MAX_MESSAGE_BYTES) {
            throw new IOException("D-Bus message of " + total + " bytes is larger than allowed");
        }
        return (int) total;
    }

    /** Decodes one whole message of {@code length} bytes at {@code buffer}'s position. */
    static DbusMessage decode(ByteBuffer buffer, int length) throws IOException {
        int start = buffer.position();
        ByteOrder order = byteOrder(buffer.get(start));
        ByteBuffer message = buffer.slice(start, length).order(order);
        try {
            int type = message.get(1);
            int flags = message.get(2) & 0xFF;
            long serial = message.getInt(8) & 0xFFFFFFFFL;
            int fieldsEnd = FIXED_HEADER_BYTES + message.getInt(12);
            Reader header = new Reader(message, FIXED_HEADER_BYTES);
            Map<Integer, Object> fields = new LinkedHashMap<>();
            while (true) {
                header.align(8);
                if (header.position() >= fieldsEnd) {
                    break;
                }
                int code = header.byteValue();
                String signature = header.signature();
                fields.put(code, header.value(signature));
            }
            int bodyStart = (int) align8(fieldsEnd);
            byte[] body = new byte[length - bodyStart];
            message.get(bodyStart, body);
            return new DbusMessage(type, flags, serial, fields, body, order);
        } catch (RuntimeException e) {
            throw new IOException("malformed D-Bus message: " + e, e);
        }
    }

    private static ByteOrder byteOrder(byte marker) throws IOException {
        if (marker == 'l') {
            return ByteOrder.LITTLE_ENDIAN;
        }
        if (marker == 'B') {
            return ByteOrder.BIG_ENDIAN;
        }
        throw new IOException("not a D-Bus message (byte order mark " + marker + ")");
    }

    private static String fieldSignature(int code) {
        switch (code) {
            case FIELD_PATH:
                return "o";
            case FIELD_REPLY_SERIAL:
                return "u";
            case FIELD_SIGNATURE:
                return "g";
            default:
                return "s";
        }
    }

    private static long align8(long offset) {
        return (offset + 7) & ~7L;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DbusMessage that && type == that.type && flags == that.flags
                && serial == that.serial && fields.equals(that.fields) && Arrays.equals(body, that.body)
                && order.equals(that.order);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(serial) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "DbusMessage[type=" + type + ", serial=" + serial + ", fields=" + fields + ", body="
                + body.length + " bytes]";
    }

    /** Appends values with the alignment the wire format asks for, counted from the start of the message. */
    static final class Writer {

        private byte[] bytes = new byte[128];
        private int size;

        int size() {
            return size;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        void align(int boundary) {
            while (size % boundary != 0) {
                byteValue(0);
            }
        }

        void byteValue(int value) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) value;
        }

        void bytes(byte[] values) {
            for (byte value : values) {
                byteValue(value);
            }
        }

        void uint32(long value) {
            align(4);
            for (int shift = 0; shift < 32; shift += 8) {
                byteValue((int) (value >>> shift));
            }
        }

        void patchUint32(int at, long value) {
            for (int i = 0; i < 4; i++) {
                bytes[at + i] = (byte) (value >>> (8 * i));
            }
        }

        void string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            uint32(utf8.length);
            bytes(utf8);
            byteValue(0);
        }

        void signature(String value) {
            byte[] ascii = value.getBytes(StandardCharsets.US_ASCII);
            byteValue(ascii.length);
            bytes(ascii);
            byteValue(0);
        }

        void values(String signature, Object... values) {
            if (signature.length() != values.length) {
                throw new IllegalArgumentException(values.length + " values for signature " + signature);
            }
            for (int i = 0; i < values.length; i++) {
                switch (signature.charAt(i)) {
                    case 's':
                    case 'o':
                        string((String) values[i]);
                        break;
                    case 'g':
                        signature((String) values[i]);
                        break;
                    case 'u':
                        uint32(((Number) values[i]).longValue());
                        break;
                    default:
                        throw new IllegalArgumentException("unsupported D-Bus type " + signature.charAt(i));
                }
            }
        }
    }

    /** Reads values, aligning relative to a base offset (the start of the message or of the body). */
    static final class Reader {

        private final ByteBuffer buffer;
        private int position;

        Reader(ByteBuffer buffer, int position) {
            this.buffer = buffer;
            this.position = position;
        }

        int position() {
            return position;
        }

        void align(int boundary) {
            position = (position + boundary - 1) / boundary * boundary;
        }

        int byteValue() {
            return buffer.get(position++) & 0xFF;
        }

        long uint32() {
            align(4);
            long value = buffer.getInt(position) & 0xFFFFFFFFL;
            position += 4;
            return value;
        }

        String string() {
            int length = (int) uint32();
            String value = text(position, length, StandardCharsets.UTF_8);
            position += length + 1;
            return value;
        }

        String signature() {
            int length = byteValue();
            String value = text(position, length, StandardCharsets.US_ASCII);
            position += length + 1;
            return value;
        }

        /** One value of a basic type, as found in header fields; other types are refused. */
        Object value(String signature) {
            switch (signature) {
                case "s":
                case "o":
                    return string();
                case "g":
                    return signature();
                case "u":
                case "i":
                case "b":
                case "h":
                    return uint32();
                case "y":
                    return (long) byteValue();
                default:
                    throw new IllegalArgumentException("unsupported header field type " + signature);
            }
        }

        private String text(int at, int length, java.nio.charset.Charset charset) {
            byte[] raw = new byte[length];
            buffer.get(at, raw);
            return new String(raw, charset);
        }
    }
}
