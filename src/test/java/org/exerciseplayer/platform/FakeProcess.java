package org.exerciseplayer.platform;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A process that prints given text and then runs until destroyed, or has already exited. */
final class FakeProcess extends Process {

    private final CountDownLatch exited = new CountDownLatch(1);
    private final InputStream output;
    private volatile int exitValue;
    volatile boolean destroyed;

    private FakeProcess(String printed) {
        InputStream untilExit = new InputStream() {
            @Override
            public int read() {
                try {
                    exited.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return -1;
            }
        };
        this.output = new SequenceInputStream(
                new ByteArrayInputStream(printed.getBytes(StandardCharsets.UTF_8)), untilExit);
    }

    /** Prints {@code printed} and keeps running. */
    static FakeProcess running(String printed) {
        return new FakeProcess(printed);
    }

    /** Prints the ready line and keeps running, as a working helper does. */
    static FakeProcess ready() {
        return running(HelperCommands.READY_LINE + "\n");
    }

    /** Printed {@code printed} and exited with {@code status}. */
    static FakeProcess exited(int status, String printed) {
        FakeProcess process = new FakeProcess(printed);
        process.exit(status);
        return process;
    }

    private void exit(int status) {
        exitValue = status;
        exited.countDown();
    }

    @Override
    public OutputStream getOutputStream() {
        return OutputStream.nullOutputStream();
    }

    @Override
    public InputStream getInputStream() {
        return output;
    }

    @Override
    public InputStream getErrorStream() {
        return InputStream.nullInputStream();
    }

    @Override
    public int waitFor() throws InterruptedException {
        exited.await();
        return exitValue;
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        return exited.await(timeout, unit);
    }

    @Override
    public int exitValue() {
        if (isAlive()) {
            throw new IllegalThreadStateException("still running");
        }
        return exitValue;
    }

    @Override
    public boolean isAlive() {
        return exited.getCount() > 0;
    }

    @Override
    public void destroy() {
        destroyed = true;
        if (isAlive()) {
            exit(143);
        }
    }
}
