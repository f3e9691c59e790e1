package org.exerciseplayer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the routine reader as the app opens files (catalogue or routine, whichever it is), from the bad-routine
 * corpus and the good routines as seeds ({@link FileInvariant}).
 */
class RoutineReaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void anyFileIsRefusedInWordsOrPlaysItsFirstMinute(byte[] file) {
        FileInvariant.holdsFor(file);
    }
}
