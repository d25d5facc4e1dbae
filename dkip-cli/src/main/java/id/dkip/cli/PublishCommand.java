package id.dkip.cli;

import id.dkip.core.documents.RegisterDocument;
import id.dkip.core.documents.export.RegisterJson;
import id.dkip.core.documents.export.RegisterJsonException;
import id.dkip.core.publication.PublicPageRenderer;
import id.dkip.core.publication.PublicationSettings;
import id.dkip.core.publication.StaticPagePublisher;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code publish --in REGISTER --out DIR}: the public DKIP page as static files (index.html, index-en.html,
 * assets/) for an agency whose website is not Alfresco: the same template as the repository's web script.
 */
@Command(name = "publish",
        description = {"Menerbitkan laman publik DKIP (HTML statis) dari register (JSON).",
                "Publish the public DKIP page (static HTML) from a register (JSON)."})
final class PublishCommand implements Callable<Integer> {
    /** The agency's zone by default (dkip.timeZone's default): the day the register file last changed. */
    private static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Jakarta");

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "REGISTER", description = "register JSON")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "folder keluaran (kosong) / output folder (empty)")
    Path out;

    @Option(names = "--settings", paramLabel = "JSON",
            description = "pengaturan laman (kolom publik, kontak keberatan, dokumen) / page settings")
    Path settings;

    @Option(names = "--last-changed", paramLabel = "YYYY-MM-DD",
            description = "tanggal daftar terakhir diubah (bawaan: tanggal berkas register) / date the list last changed")
    LocalDate lastChanged;

    @Option(names = "--force", description = "mengganti berkas laman di folder yang tidak kosong / replace the page's files")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Messages msg = common.messages();
        PrintWriter err = spec.commandLine().getErr();
        String problem = InputFiles.problem(in, msg);
        if (problem == null && settings != null) {
            problem = InputFiles.problem(settings, msg);
        }
        if (problem != null) {
            err.println(problem);
            return ExitCode.UNUSABLE;
        }
        RegisterDocument register;
        PublicationSettings page;
        try {
            register = RegisterJson.read(in);
        } catch (RegisterJsonException e) {
            err.println(msg.get("error.registerJson", in, e.getMessage()));
            return ExitCode.UNUSABLE;
        }
        try (InputStream s = settings == null ? null : Files.newInputStream(settings)) {
            page = s == null ? PublicationSettings.defaults() : PublicationSettings.read(s);
        } catch (IOException e) {
            err.println(msg.get("error.settings", settings, e.getMessage()));
            return ExitCode.UNUSABLE;
        }
        LocalDate changed = lastChanged != null ? lastChanged
                : LocalDate.ofInstant(Files.getLastModifiedTime(in).toInstant(), AGENCY_ZONE);
        int published;
        try {
            published = new StaticPagePublisher(new PublicPageRenderer()).publish(register.entries(), page, changed, out, force);
        } catch (StaticPagePublisher.NotEmptyDirectoryException e) {
            err.println(msg.get("error.notEmptyDir", out));
            return ExitCode.UNUSABLE;
        }
        err.println(msg.get("summary.publish", published, out));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("entries", published);
        result.put("files", java.util.List.of(out.resolve(StaticPagePublisher.INDEX).toString(),
                out.resolve(StaticPagePublisher.INDEX_EN).toString(), out.resolve("assets").toString()));
        JsonOut.print(result);
        return ExitCode.OK;
    }
}
