package org.exerciseplayer.catalogue;

import java.util.Optional;
import org.exerciseplayer.catalogue.json.JsonValue;

/** Reads an exercise's {@code "media"}: a picture or video beside the file, described in words. */
final class MediaReader {

    private MediaReader() {
    }

    /** A picture or video named relative to the catalogue's folder; never an address or a path outside it. */
    static Media read(JsonValue value, Problems problems) {
        ObjectFields fields = ObjectFields.of(value, problems, "file", "description");
        if (fields == null) {
            return null;
        }
        String file = fields.requiredText("file", 500);
        String description = fields.requiredParagraph("description");
        if (file == null) {
            return null;
        }
        JsonValue fileValue = fields.required("file");
        String problem = mediaPathProblem(file);
        if (problem != null) {
            problems.add(fileValue, problem + ", got " + fileValue.shortText());
            return null;
        }
        Optional<Media.Kind> kind = Media.kindOf(file);
        if (kind.isEmpty()) {
            problems.add(fileValue, "must be a picture (" + String.join(", ", Media.IMAGE_EXTENSIONS) + ") or a video ("
                    + String.join(", ", Media.VIDEO_EXTENSIONS) + "), got " + fileValue.shortText());
            return null;
        }
        return description == null ? null : new Media(file, kind.get(), description);
    }

    private static String mediaPathProblem(String file) {
        if (file.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            return "must be a file beside the catalogue, not an address (media are never fetched)";
        }
        if (file.startsWith("/") || file.matches("[a-zA-Z]:.*")) {
            return "must be a path relative to the catalogue's folder, not a full path";
        }
        if (file.contains("\\")) {
            return "must use / between folder names";
        }
        if (java.util.Arrays.asList(file.split("/")).contains("..")) {
            return "must stay inside the catalogue's folder (no \"..\")";
        }
        return null;
    }
}
