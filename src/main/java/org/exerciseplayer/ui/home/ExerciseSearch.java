package org.exerciseplayer.ui.home;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Group;
import org.exerciseplayer.catalogue.Section;

/**
 * Which of a catalogue's exercises match what a person types into the home screen's filter box. An exercise
 * matches when every word typed occurs, anywhere and in any order, in its name, its steps, or the title of its
 * section or group, ignoring case and accents ("Kne hug", "KNEE", "etirement" all find what they should).
 *
 * <p>Plain Java, no toolkit. Each exercise's text is folded once, when the search is made. Typing usually adds
 * to the end of the query, and then only the exercises that matched the previous query can match, so only
 * those are looked at again.
 */
public final class ExerciseSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Each exercise's folded text, in the order given. */
    private final List<String> texts;
    private String lastQuery = "";
    private BitSet lastMatches;

    /** Every exercise of the catalogue, in its order ({@link Catalogue#exercises()}). */
    public ExerciseSearch(Catalogue catalogue) {
        this(catalogue, catalogue.exercises());
    }

    /**
     * These exercises, in this order (a routine's, which may name one twice), each found also by the titles of its
     * section and group in {@code catalogue}.
     */
    public ExerciseSearch(Catalogue catalogue, List<Exercise> exercises) {
        Map<String, String> places = new HashMap<>();
        for (Section section : catalogue.sections()) {
            for (Exercise exercise : section.ownExercises()) {
                places.put(exercise.id(), section.title());
            }
            for (Group group : section.groups()) {
                for (Exercise exercise : group.exercises()) {
                    places.put(exercise.id(), section.title() + "\n" + group.title());
                }
            }
        }
        texts = new ArrayList<>(exercises.size());
        for (Exercise exercise : exercises) {
            texts.add(text(exercise, places.getOrDefault(exercise.id(), "")));
        }
        lastMatches = all();
    }

    private static String text(Exercise exercise, String place) {
        return fold(exercise.name() + "\n" + String.join("\n", exercise.steps()) + "\n" + place);
    }

    /** How many exercises the search covers. */
    public int size() {
        return texts.size();
    }

    /**
     * The exercises that match {@code query}, as indexes into the exercises given; all of them when the query is
     * blank. The result is the caller's to keep.
     */
    public BitSet matches(String query) {
        String folded = fold(query).strip();
        BitSet candidates = folded.startsWith(lastQuery) ? lastMatches : all();
        BitSet result = new BitSet(texts.size());
        String[] words = folded.isEmpty() ? new String[0] : SPACES.split(folded);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (containsAll(texts.get(i), words)) {
                result.set(i);
            }
        }
        lastQuery = folded;
        lastMatches = result;
        return (BitSet) result.clone();
    }

    private static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private BitSet all() {
        BitSet all = new BitSet(texts.size());
        all.set(0, texts.size());
        return all;
    }

    /**
     * Text as the search compares it: without accents or other combining marks, in lower case, with typographic
     * apostrophes made plain.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
