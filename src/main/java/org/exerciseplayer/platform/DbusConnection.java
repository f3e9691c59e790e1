package org.exerciseplayer.platform;

import java.io.Closeable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;

/**
 * A minimal client connection to a D-Bus bus over a Unix socket: authenticate, say Hello, call methods and
 * wait for their replies with a deadline. Everything a desktop service holds for us on this connection, such
 * as a screensaver inhibition, ends when it closes, and the kernel closes it if this process dies.
 * Not thread-safe: one owner at a time.
 */
final class DbusConnection implements Closeable {

    static final String BUS_NAME = "org.freedesktop.DBus";
    private static final String BUS_PATH = "/org/freedesktop/DBus";

    private final SocketChannel channel;
    private final Selector selector;
    private final Duration timeout;
    private ByteBuffer inbound = ByteBuffer.allocate(4096);
    private final Deque<DbusMessage> unclaimed = new ArrayDeque<>();
    private long lastSerial;

    private DbusConnection(SocketChannel channel, Selector selector, Duration timeout) {
        this.channel = channel;
        this.selector = selector;
        this.timeout = timeout;
        inbound.flip();
    }

    /**
     * Connects, authenticates as this user and says Hello, which the bus requires before anything else; each
     * step must finish within the timeout.
     */
    static DbusConnection open(Path socket, Duration timeout) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        DbusConnection connection;
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.configureBlocking(false);
            Selector selector = Selector.open();
            connection = new DbusConnection(channel, selector, timeout);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        try {
            connection.authenticate();
            connection.call(BUS_NAME, BUS_PATH, BUS_NAME, "Hello", "");
            return connection;
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Calls a method and returns its reply; a D-Bus error reply becomes {@link CallFailed}. */
    DbusMessage call(String destination, String path, String interfaceName, String member, String signature,
            Object... args) throws IOException {
        long serial = send(DbusMessage.METHOD_CALL, 0, Map.of(DbusMessage.FIELD_DESTINATION, destination,
                DbusMessage.FIELD_PATH, path, DbusMessage.FIELD_INTERFACE, interfaceName,
                DbusMessage.FIELD_MEMBER, member), signature, args);
        long deadline = deadline();
        while (true) {
            DbusMessage message = readMessage(deadline);
            if (message.replySerial() != serial) {
                unclaimed.add(message);
                continue;
            }
            if (message.type() == DbusMessage.ERROR) {
                String detail = message.signature().startsWith("s") ? message.bodyReader().string() : "";
                throw new CallFailed(message.errorName(), detail);
            }
            return message;
        }
    }

    /** Calls a method without waiting for, or wanting, a reply. */
    void callWithoutReply(String destination, String path, String interfaceName, String member, String signature,
            Object... args) throws IOException {
        send(DbusMessage.METHOD_CALL, DbusMessage.FLAG_NO_REPLY_EXPECTED, Map.of(DbusMessage.FIELD_DESTINATION,
                destination, DbusMessage.FIELD_PATH, path, DbusMessage.FIELD_INTERFACE, interfaceName,
                DbusMessage.FIELD_MEMBER, member), signature, args);
    }

    /** Sends any message and returns its serial. */
    long send(int type, int flags, Map<Integer, Object> fields, String signature, Object... args)
            throws IOException {
        long serial = ++lastSerial;
        write(ByteBuffer.wrap(DbusMessage.encode(type, flags, serial, fields, signature, args)), deadline());
        return serial;
    }

    /** The next message not claimed as a reply, or {@code null} if none arrives within {@code wait}. */
    DbusMessage receive(Duration wait) throws IOException {
        if (!unclaimed.isEmpty()) {
            return unclaimed.poll();
        }
        try {
            return readMessage(System.nanoTime() + wait.toNanos());
        } catch (TimedOut e) {
            return null;
        }
    }

    /** False once the bus has closed the connection or we have. Reads any waiting messages to find out. */
    boolean isOpen() {
        if (!channel.isOpen()) {
            return false;
        }
        try {
            return fillOnce() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            selector.close();
        } catch (IOException e) {
            // Nothing more to release.
        }
        try {
            channel.close();
        } catch (IOException e) {
            // The kernel frees the socket either way.
        }
    }

    /** SASL EXTERNAL: the bus checks our user id against the socket's peer credentials. */
    private void authenticate() throws IOException {
        long deadline = deadline();
        String uid = currentUserId();
        String command = uid == null ? "AUTH EXTERNAL\r\n"
                : "AUTH EXTERNAL " + HexFormat.of().formatHex(uid.getBytes(StandardCharsets.US_ASCII)) + "\r\n";
        write(ByteBuffer.wrap(("\0" + command).getBytes(StandardCharsets.US_ASCII)), deadline);
        String answer = readLine(deadline);
        if (answer.equals("DATA")) {
            write(ByteBuffer.wrap("DATA\r\n".getBytes(StandardCharsets.US_ASCII)), deadline);
            answer = readLine(deadline);
        }
        if (!answer.startsWith("OK")) {
            throw new IOException("the bus refused authentication: " + answer);
        }
        write(ByteBuffer.wrap("BEGIN\r\n".getBytes(StandardCharsets.US_ASCII)), deadline);
    }

    /** Our user id as the bus sees it; {@code null} lets the bus take it from the socket instead. */
    private static String currentUserId() {
        try {
            return Files.getAttribute(Path.of("/proc/self"), "unix:uid").toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private String readLine(long deadline) throws IOException {
        while (true) {
            for (int i = inbound.position(); i + 1 < inbound.limit(); i++) {
                if (inbound.get(i) == '\r' && inbound.get(i + 1) == '\n') {
                    byte[] line = new byte[i - inbound.position()];
                    inbound.get(line);
                    inbound.position(inbound.position() + 2);
                    return new String(line, StandardCharsets.US_ASCII);
                }
            }
            if (inbound.remaining() > 16 * 1024) {
                throw new IOException("the bus sent an overlong authentication line");
            }
            fill(deadline);
        }
    }

    private DbusMessage readMessage(long deadline) throws IOException {
        while (inbound.remaining() < DbusMessage.FIXED_HEADER_BYTES) {
            fill(deadline);
        }
        int length = DbusMessage.totalLength(inbound);
        while (inbound.remaining() < length) {
            fill(deadline);
        }
        DbusMessage message = DbusMessage.decode(inbound, length);
        inbound.position(inbound.position() + length);
        return message;
    }

    /** Reads at least one more byte, or fails at the deadline or when the bus hangs up. */
    private void fill(long deadline) throws IOException {
        while (true) {
            int read = fillOnce();
            if (read < 0) {
                throw new IOException("the bus closed the connection");
            }
            if (read > 0) {
                return;
            }
            awaitReady(SelectionKey.OP_READ, deadline);
        }
    }

    /** One non-blocking read into {@code inbound}: bytes read, 0 if none waiting, -1 at end of stream. */
    private int fillOnce() throws IOException {
        inbound.compact();
        if (!inbound.hasRemaining()) {
            ByteBuffer larger = ByteBuffer.allocate(inbound.capacity() * 2);
            inbound.flip();
            larger.put(inbound);
            inbound = larger;
        }
        try {
            return channel.read(inbound);
        } finally {
            inbound.flip();
        }
    }

    private void write(ByteBuffer bytes, long deadline) throws IOException {
        while (bytes.hasRemaining()) {
            if (channel.write(bytes) == 0) {
                awaitReady(SelectionKey.OP_WRITE, deadline);
            }
        }
    }

    private void awaitReady(int operation, long deadline) throws IOException {
        long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
        if (remainingMillis <= 0) {
            throw new TimedOut(timeout);
        }
        SelectionKey key = channel.register(selector, operation);
        try {
            selector.select(remainingMillis);
        } finally {
            key.interestOps(0);
            selector.selectedKeys().clear();
        }
    }

    private long deadline() {
        return System.nanoTime() + timeout.toNanos();
    }

    /** The other side answered a call with a D-Bus error. */
    static final class CallFailed extends IOException {

        private static final long serialVersionUID = 1L;
        private final String errorName;

        CallFailed(String errorName, String detail) {
            super(detail.isEmpty() ? errorName : errorName + ": " + detail);
            this.errorName = errorName;
        }

        String errorName() {
            return errorName;
        }
    }

    /** Nothing arrived before the deadline. */
    static final class TimedOut extends IOException {

        private static final long serialVersionUID = 1L;

        TimedOut(Duration timeout) {
            super("no answer within " + timeout.toMillis() + " ms");
        }
    }
}
