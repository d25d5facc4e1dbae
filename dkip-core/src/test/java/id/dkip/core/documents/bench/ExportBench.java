package id.dkip.core.documents.bench;

import id.dkip.core.documents.export.ExportFormat;
import id.dkip.core.documents.export.RegisterExporter;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.sample.SampleAgency;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Timed main, run by hand (not a test): exports N generated rows in every format and prints time, file size and the
 * peak heap used. Run with a small heap to show the XLSX export streams, e.g.
 * {@code java -Xmx128m -cp <test classpath> id.dkip.core.documents.bench.ExportBench 100000}.
 * Results: {@code docs/bench/export.md}.
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<DkipEntry> sample = SampleAgency.register().entries();
        RegisterExporter exporter = new RegisterExporter();
        Path dir = Files.createTempDirectory("dkip-bench");
        for (ExportFormat format : ExportFormat.values()) {
            for (boolean publicView : new boolean[]{false, true}) {
                System.gc();
                resetPeaks();
                Path file = dir.resolve("dkip-" + publicView + "." + format.extension());
                long start = System.nanoTime();
                int n;
                try (OutputStream out = Files.newOutputStream(file)) {
                    n = exporter.export(generated(sample, rows), format, publicView, out);
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("%-5s public=%-5s rows=%d written=%d time=%d ms size=%.1f MB peakHeap=%d MB%n",
                        format, publicView, rows, n, ms, Files.size(file) / 1e6, peakHeapMb());
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    private static Iterator<DkipEntry> generated(List<DkipEntry> sample, int rows) {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public DkipEntry next() {
                DkipEntry t = sample.get(i % sample.size());
                i++;
                return t.toBuilder().id("e" + i).information(t.information() + " #" + i).build();
            }
        };
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1_000_000;
    }
}
