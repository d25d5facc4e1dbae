package id.dkip.cli;

import id.dkip.core.documents.AgencyProfile;
import id.dkip.core.documents.DocumentFiles;
import id.dkip.core.documents.DocumentFormat;
import id.dkip.core.documents.DocumentKind;
import id.dkip.core.documents.DocumentStage;
import id.dkip.core.documents.FinalDocumentCheck;
import id.dkip.core.documents.FinalDocumentRefusedException;
import id.dkip.core.documents.RegisterDocument;
import id.dkip.core.documents.export.ExportFormat;
import id.dkip.core.documents.export.RegisterJson;
import id.dkip.core.documents.export.RegisterJsonException;
import id.dkip.core.legal.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code generate KIND --in REGISTER --out DIR}: the SOP's documents (dkip, berita-acara, sk, uji-konsekuensi, or
 * all of them) as DOCX and PDF, or the register exports (register: XLSX, CSV, JSON; register-publik: the public
 * view). Prints the files written as JSON.
 * <p>
 * The Berita Acara, SK and consequence sheet are final documents unless {@code --rancangan} is given: a final one
 * is refused while the register has ERROR findings (exit 1, the findings printed as JSON, no file written); a draft
 * is always produced, headed "RANCANGAN".
 */
@Command(name = "generate",
        description = {"Membuat dokumen resmi dari register (JSON): dkip, berita-acara, sk, uji-konsekuensi, semua, register, register-publik.",
                "Generate the official documents from a register (JSON): dkip, berita-acara, sk, uji-konsekuensi, all, register, register-publik."})
final class GenerateCommand implements Callable<Integer> {

    static final String ALL = "semua";
    static final String REGISTER = "register";
    static final String REGISTER_PUBLIC = "register-publik";
    /** An agency profile is a page of JSON; its logo has its own cap (AgencyProfile.MAX_LOGO_BYTES). */
    static final long MAX_AGENCY_BYTES = 1024 * 1024;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND",
            description = "dkip | berita-acara | sk | uji-konsekuensi | semua (all) | register | register-publik")
    String kind;

    @Option(names = "--in", required = true, paramLabel = "REGISTER", description = "register JSON")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder keluaran / output folder")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FMT",
            description = "docx,pdf (dokumen / documents) atau/or xlsx,csv,json (register); bawaan: semua / default: all")
    List<String> formats;

    @Option(names = "--agency", paramLabel = "JSON", description = "profil instansi (kop, pejabat, teks) / agency profile")
    Path agency;

    @Option(names = {"--rancangan", "--draft"},
            description = "rancangan (berkepala RANCANGAN), juga bila register memuat temuan ERROR / a draft, headed RANCANGAN, even from a register with ERROR findings")
    boolean draft;

    @Override
    public Integer call() throws IOException {
        Messages msg = common.messages();
        PrintWriter err = spec.commandLine().getErr();
        String problem = InputFiles.problem(in, RegisterJson.MAX_BYTES, msg);
        if (problem == null && agency != null) {
            problem = InputFiles.problem(agency, MAX_AGENCY_BYTES, msg);
        }
        if (problem != null) {
            err.println(problem);
            return ExitCode.UNUSABLE;
        }
        RegisterDocument register;
        AgencyProfile profile;
        try {
            register = RegisterJson.read(in);
            profile = agency == null ? AgencyProfile.sample() : AgencyProfile.fromJson(agency);
        } catch (RegisterJsonException e) {
            err.println(msg.get("error.registerJson", in, e.getMessage()));
            return ExitCode.UNUSABLE;
        } catch (IOException e) {
            err.println(msg.get("error.unreadable", agency == null ? in : agency, e.getMessage()));
            return ExitCode.UNUSABLE;
        }
        List<Path> written = new ArrayList<>();
        try {
            DocumentFiles files = DocumentFiles.forAgency(profile);
            String k = kind.toLowerCase(Locale.ROOT);
            if (k.equals(REGISTER) || k.equals(REGISTER_PUBLIC)) {
                for (ExportFormat f : exportFormats()) {
                    err.println(msg.get("progress.writing", f.extension()));
                    written.add(files.export(register, f, k.equals(REGISTER_PUBLIC), out));
                }
            } else {
                Set<DocumentFormat> docFormats = documentFormats();
                List<DocumentKind> kinds = documentKinds(k, register);
                DocumentStage stage = draft ? DocumentStage.RANCANGAN : DocumentStage.FINAL;
                if (stage == DocumentStage.FINAL && kinds.stream().anyMatch(dk -> dk != DocumentKind.DKIP)) {
                    // checked before anything is written: a refused run leaves no file behind
                    List<Finding> errors = FinalDocumentCheck.standard().errors(register.entries(), register.meeting());
                    if (!errors.isEmpty()) {
                        return refuse(errors, register, msg, err);
                    }
                }
                for (DocumentKind dk : kinds) {
                    err.println(msg.get("progress.writing", dk.cliName()));
                    written.addAll(files.generate(dk, stage, docFormats, register, out));
                }
            }
        } catch (FinalDocumentRefusedException e) {
            return refuse(e.errors(), register, msg, err);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCode.UNUSABLE;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("kind", kind);
        result.put("files", written.stream().map(Path::toString).toList());
        JsonOut.print(result);
        return ExitCode.OK;
    }

    /** Lists the ERROR findings (JSON on stdout, a summary on stderr) and exits 1. */
    private int refuse(List<Finding> errors, RegisterDocument register, Messages msg, PrintWriter err) {
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < register.entries().size(); i++) {
            rowOf.putIfAbsent(register.entries().get(i).id(), i + 1);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("kind", kind);
        result.put("refused", true);
        result.put("errors", errors.size());
        result.put("findings", errors.stream()
                .map(f -> FindingJson.finding(f, f.entryId() == null ? null : rowOf.get(f.entryId()), msg.locale())).toList());
        result.put("files", List.of());
        JsonOut.print(result);
        err.println(msg.get("error.finalRefused", errors.size()));
        for (Finding f : errors) {
            err.println("  " + (f.entryId() == null ? "" : f.entryId() + ": ") + f.code() + " " + f.message(msg.locale()));
        }
        return ExitCode.FINDINGS;
    }

    /** "semua" gives every document the register has data for: Berita Acara and consequence sheet need a meeting, the SK a decree. */
    private static List<DocumentKind> documentKinds(String k, RegisterDocument register) {
        if (!k.equals(ALL) && !k.equals("all")) {
            return List.of(DocumentKind.fromCliName(k));
        }
        List<DocumentKind> kinds = new ArrayList<>(List.of(DocumentKind.DKIP));
        if (register.meeting() != null) {
            kinds.add(DocumentKind.BERITA_ACARA);
            kinds.add(DocumentKind.UJI_KONSEKUENSI);
        }
        if (register.decree() != null) {
            kinds.add(DocumentKind.SURAT_KEPUTUSAN);
        }
        return kinds;
    }

    private Set<DocumentFormat> documentFormats() {
        if (formats == null || formats.isEmpty()) {
            return EnumSet.allOf(DocumentFormat.class);
        }
        EnumSet<DocumentFormat> set = EnumSet.noneOf(DocumentFormat.class);
        formats.forEach(f -> set.add(DocumentFormat.fromExtension(f)));
        return set;
    }

    private List<ExportFormat> exportFormats() {
        if (formats == null || formats.isEmpty()) {
            return List.of(ExportFormat.values());
        }
        return formats.stream().map(ExportFormat::parse).toList();
    }
}
