package org.exerciseplayer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the catalogue reader with whole files, from the bad-catalogue corpus and the good catalogues as seeds
 * ({@link FileInvariant}). In {@code mvn verify} it runs the seeds and every finding kept (regression mode);
 * {@code bench/fuzz.sh} fuzzes.
 */
class CatalogueReaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void anyCatalogueIsRefusedInWordsOrPlaysItsFirstMinute(byte[] file) {
        FileInvariant.holdsForCatalogue(file);
    }
}
