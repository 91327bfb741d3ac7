package dev.umbrella.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Main_HelpTest {
    @Test
    void helpListsTheRunCommand() {
        var out = new ByteArrayOutputStream();
        var saved = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute("--help")).isZero();
        } finally {
            System.setOut(saved);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("run").contains("Usage: umbrella");
    }

    @Test
    void unknownCommandIsAnError() {
        var saved = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute("no-such-command")).isNotZero();
        } finally {
            System.setErr(saved);
        }
    }
}
