package org.juesuan.corpus;
import java.nio.file.Path;
import org.juesuan.model.*;
import org.juesuan.support.*;
public class ProbeMain {
    public static void main(String[] a) throws Exception {
        for (String f : a) {
            Path p = Path.of(f);
            Submission s = Importer.analyze(p);
            System.out.println("=== " + f + " " + s.status() + " " + s.rejectReason());
            for (Finding x : s.findings()) System.out.println("  " + x.severity() + " " + x.table() + " " + x.ruleId() + " " + x.cells().stream().map(CellRef::cell).toList() + " " + x.message());
            try { ExpectedFacts.read(ExpectedFacts.csvBeside(p)).assertMatches(s, f); System.out.println("  MATCH"); }
            catch (Throwable t) { System.out.println("  MISMATCH " + t.getMessage().replace('\n',' ').substring(0, Math.min(600, t.getMessage().length()))); }
        }
    }
}
