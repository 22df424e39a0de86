package org.ropescope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one command line: subcommands run, the rest opens the window, which reports what it ignores. */
class RopeScopeCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = RopeScopeCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void withoutASubcommandTheWindowOpensWhateverItsOptions() {
        for (String[] args : new String[][] {{}, {"--dark", "--presentation", "lecture.ropescope"}, {"--fast"},
            {"--theme=pink"}, {"--dark=yes"}, {"a.ropescope", "b.ropescope"}, {"--dark", "--dark"}}) {
            Run r = run(args);
            assertEquals(RopeScopeCommand.OPEN_WINDOW, r.status(), String.join(" ", args));
            assertEquals("", r.out() + r.err(), String.join(" ", args)); // the window reports them
        }
    }

    @Test
    void subcommandsRunAndKeepTheirMessagesAndExitCodes() throws Exception {
        Path csv = dir.resolve("p.csv");
        Run ok = run("export", "--csv", csv.toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().startsWith("s=4.0 lambda="), ok.out());
        assertTrue(Files.readString(csv).startsWith("i,theta,period_original,"));
        Run bad = run("export", "--method", "yarn", "--beta-fast", "x", "--csv", csv.toString());
        assertEquals(2, bad.status());
        assertEquals("--beta-fast must be a number, got 'x'", bad.err().strip());
        assertEquals("Unknown option: '--colour' (see --help)", run("export", "--colour").err().strip());
        assertEquals(2, run("schemes", "--heads", "x", "--csv", csv.toString()).status());
    }

    @Test
    void methodParameterOptionsMayComeInAnyOrderAmongTheOthers() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path plain = dir.resolve("plain.csv");
        assertEquals(0, run("export", "--method", "yarn", "--factor", "2", "--csv", a.toString(), "--beta-fast", "8")
                .status());
        assertEquals(0, run("export", "--beta-fast", "8", "--csv", b.toString(), "--method", "yarn", "--factor", "2")
                .status());
        assertEquals(0, run("export", "--method", "yarn", "--factor", "2", "--csv", plain.toString()).status());
        assertEquals(Files.readString(a), Files.readString(b));
        assertNotEquals(Files.readString(plain), Files.readString(a), "--beta-fast 8 changed nothing");
    }

    @Test
    void helpListsTheWindowOptionsWithTheThemesAndTheSubcommands() {
        Run help = run("--help");
        assertEquals(0, help.status());
        for (String s : new String[] {"export [OPTIONS]", "schemes [OPTIONS]", "--presentation", "--dark",
            "--theme[=THEME]", "light, dark", "FILE.ropescope"}) {
            assertTrue(help.out().contains(s), "help lacks " + s + ":\n" + help.out());
        }
        Run export = run("export", "--help");
        assertTrue(export.out().startsWith("Usage: java -jar ropescope.jar export "), export.out());
        String flat = export.out().replaceAll("\\s+", " "); // the lines wrap at the terminal's width
        assertTrue(flat.contains("show, as the window's chart tab of that name: periods, stretch, ratio, rotation, "
                + "decay, angles. Default: periods"), export.out());
        assertTrue(flat.contains("comma-separated: linear, ntk, dynamic, yarn, llama3, longrope."), export.out());
    }
}
