package org.exerciseplayer.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;
import org.exerciseplayer.catalogue.json.Echo;
import org.exerciseplayer.catalogue.json.JsonSyntaxException;
import org.exerciseplayer.catalogue.json.JsonValue;
import org.exerciseplayer.catalogue.json.LocatedJsonParser;

/**
 * Loads and validates a catalogue file (format documented in {@code docs/catalogue-format.md}). Every problem
 * in a file is reported at once, each with file, line:column, JSON path, what is wrong and what is expected.
 * Absurd input (too large, wrong encoding, too deep) is refused early with a plain message.
 */
public final class CatalogueLoader {

    /** Larger files are refused before they are read. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private CatalogueLoader() {
    }

    /** Loads the catalogue at {@code file}; its name in messages is the path as given. */
    public static Catalogue load(Path file) throws CatalogueException {
        return load(file, CatalogueReader::read);
    }

    /** Loads a catalogue from bytes, e.g. a resource; {@code name} stands for the file in messages. */
    public static Catalogue parse(String name, byte[] bytes) throws CatalogueException {
        return parse(name, bytes, CatalogueReader::read);
    }

    /**
     * Turns a parsed JSON document into a value, reporting every problem to {@link Problems}; returns null
     * when there were problems. Lets other documents (routines) share the loader's checks and messages.
     */
    @FunctionalInterface
    public interface Reader<T> {
        T read(JsonValue root, Problems problems);
    }

    /**
     * Loads the document at {@code file} with {@code reader}; its name in messages is the path as given. Only a
     * regular file is read (never a folder, pipe or device), and never more than {@link #MAX_FILE_BYTES}: the
     * size is checked before reading and again while reading, for a file that grows meanwhile.
     */
    public static <T> T load(Path file, Reader<T> reader) throws CatalogueException {
        String name = file.toString();
        Problems problems = new Problems(name);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Optional<String> notAFile = FileKinds.notAFile(file, attributes);
            if (notAFile.isPresent()) {
                problems.addWholeFile(notAFile.get());
                throw problems.exception();
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                problems.addWholeFile(tooLarge(attributes.size()));
                throw problems.exception();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = readAtMost(in);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                problems.addWholeFile("the file grew past " + MAX_FILE_BYTES / 1048576 + " MiB while it was being"
                        + " read; a catalogue may be at most " + MAX_FILE_BYTES / 1048576 + " MiB");
                throw problems.exception();
            }
            return parse(name, bytes, reader);
        } catch (NoSuchFileException e) {
            problems.addWholeFile("no such file");
        } catch (AccessDeniedException e) {
            problems.addWholeFile("cannot be read: permission denied");
        } catch (IOException e) {
            problems.addWholeFile("cannot be read: " + Echo.terminal(String.valueOf(e.getMessage())));
        }
        throw problems.exception();
    }

    /** Reads at most one byte more than {@link #MAX_FILE_BYTES}, however much the stream holds. */
    static byte[] readAtMost(InputStream in) throws IOException {
        return in.readNBytes((int) MAX_FILE_BYTES + 1);
    }

    private static String tooLarge(long size) {
        return String.format(Locale.ROOT, "the file is %.1f MiB; a catalogue may be at most %d MiB",
                size / 1048576.0, MAX_FILE_BYTES / 1048576);
    }

    /** Reads a document from bytes with {@code reader}; {@code name} stands for the file in messages. */
    public static <T> T parse(String name, byte[] bytes, Reader<T> reader) throws CatalogueException {
        Problems problems = new Problems(name);
        if (bytes.length > MAX_FILE_BYTES) {
            problems.addWholeFile(tooLarge(bytes.length));
            throw problems.exception();
        }
        String text = decode(bytes, problems);
        if (text == null) {
            throw problems.exception();
        }
        JsonValue root;
        try {
            root = LocatedJsonParser.parse(text);
        } catch (JsonSyntaxException e) {
            problems.add(e.location(), e.path(), e.getMessage());
            throw problems.exception();
        }
        T document = reader.read(root, problems);
        if (document == null || !problems.isEmpty()) {
            throw problems.exception();
        }
        return document;
    }

    /** Strict UTF-8 (a byte-order mark is allowed); other encodings are named so the person can re-save. */
    private static String decode(byte[] bytes, Problems problems) {
        int start = 0;
        String kind = binaryKind(bytes);
        if (kind != null) {
            problems.addWholeFile("is " + kind + ", not a catalogue or routine; open the .json file instead");
            return null;
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            problems.add(new org.exerciseplayer.catalogue.json.Location(1, 1), "",
                    "the file is UTF-16 encoded; save it as UTF-8");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = decoder.decode(buffer).toString();
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                problems.add(place(text, nul), "", "the file contains NUL characters; it may be UTF-16 or"
                        + " not a text file at all; save it as UTF-8");
                return null;
            }
            return text;
        } catch (MalformedInputException e) {
            int offset = buffer.position();
            String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
            problems.add(place(before, before.length()), "", String.format(Locale.ROOT,
                    "the file is not valid UTF-8 (byte 0x%02X at byte %d); save it as UTF-8",
                    bytes[offset] & 0xFF, offset));
            return null;
        } catch (CharacterCodingException e) {
            problems.addWholeFile("the file is not valid UTF-8; save it as UTF-8");
            return null;
        }
    }

    private static org.exerciseplayer.catalogue.json.Location place(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new org.exerciseplayer.catalogue.json.Location(line, index - lineStart + 1);
    }

    /** What a file that people open by mistake is (a picture, a PDF, a zip), from its first bytes; else null. */
    private static String binaryKind(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "a PNG picture";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG picture";
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "a zip archive (or an office document)";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
