package org.exerciseplayer.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.catalogue.CatalogueLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Loading and validating a generated catalogue with {@link CatalogueLoader#parse} (UTF-8 check, the located JSON
 * parser, every check of the format, the records), against the baseline of parsing the same bytes into a plain
 * Jackson tree ({@link ObjectMapper#readTree}), which checks nothing. Issue 8's target: under 300 ms for 5,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogueLoadBenchmark {

    @Param("5000")
    int exercises;

    private byte[] json;
    private final ObjectMapper mapper = new ObjectMapper();

    @Setup
    public void generate() {
        json = GeneratedCatalogue.of(exercises).json;
    }

    @Benchmark
    public Catalogue loadAndValidate() throws CatalogueException {
        return CatalogueLoader.parse("generated.json", json);
    }

    @Benchmark
    public JsonNode baselineJacksonTree() throws IOException {
        return mapper.readTree(json);
    }
}
