package id.dkip.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every subcommand takes: the language of messages. */
public final class CommonOptions {

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id", scope = ScopeType.INHERIT,
            description = "Bahasa pesan: id (bawaan) atau en. / Language of messages: id (default) or en.")
    String lang;

    public Messages messages() {
        return Messages.forLanguage(lang);
    }
}
