package org.diplomatictimeline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.format.DocumentReadException;
import org.diplomatictimeline.corpus.format.ReadLimits;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.diplomatictimeline.time.TemporalTagger;
import org.diplomatictimeline.time.Timex;

/**
 * {@code timex [--dct YYYY-MM-DD] FILE...} and {@code timex --manifest TSV}: prints every temporal expression of the
 * files as one JSON object per line, with offsets into the file's exact UTF-8 text.
 */
public final class TimexCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemporalTagger tagger;
    /** Reads each file with the checks {@code export} applies: no pipes or devices, nothing over the limit. */
    private final CorpusReader files;

    public TimexCommand() {
        this(new NewsTemporalTagger());
    }

    TimexCommand(TemporalTagger tagger) {
        this(tagger, ReadLimits.DEFAULT);
    }

    TimexCommand(TemporalTagger tagger, ReadLimits limits) {
        this.tagger = tagger;
        this.files = new CorpusReader(limits);
    }

    @Override
    public String name() {
        return "timex";
    }

    @Override
    public String summary() {
        return "[--dct YYYY-MM-DD] FILE... | --manifest TSV   print temporal expressions as JSON lines";
    }

    /** A file to tag and the document date to anchor it to (null when unknown). */
    private record Job(String name, Path path, LocalDate dct) {
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLogging.toLogFile();
        List<Job> jobs = jobs(args);
        int status = 0;
        for (Job job : jobs) {
            String text;
            try {
                text = readUtf8(job.path());
            } catch (DocumentReadException e) {
                err.println(TerminalText.escape("timex: " + job.name() + ": " + e.getMessage()));
                status = 1;
                continue;
            }
            for (Timex t : tagger.tag(text, job.dct())) {
                out.println(toJson(job.name(), t));
            }
        }
        return status;
    }

    private List<Job> jobs(List<String> args) {
        LocalDate dct = null;
        Path manifest = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--dct") || a.equals("--manifest")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(a + " needs a value");
                }
                String value = args.get(++i);
                if (a.equals("--dct")) {
                    dct = parseDate(value, "--dct");
                } else {
                    manifest = Path.of(value);
                }
            } else if (a.startsWith("--")) {
                throw new UsageException("unknown option " + a);
            } else {
                files.add(a);
            }
        }
        if (manifest != null) {
            if (!files.isEmpty() || dct != null) {
                throw new UsageException("--manifest takes no other files or --dct");
            }
            return manifestJobs(manifest);
        }
        if (files.isEmpty()) {
            throw new UsageException("no FILE given (usage: timex [--dct YYYY-MM-DD] FILE... | timex --manifest TSV)");
        }
        List<Job> jobs = new ArrayList<>();
        for (String f : files) {
            jobs.add(new Job(f, Path.of(f), dct));
        }
        return jobs;
    }

    /** Lines "FILE<TAB>DCT" (DCT may be empty); relative FILEs are resolved against the manifest's folder. */
    private static List<Job> manifestJobs(Path manifest) {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(TerminalText.escape("cannot read manifest " + manifest + ": " + describe(e)));
        }
        Path base = manifest.toAbsolutePath().getParent();
        List<Job> jobs = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length > 2) {
                throw new UsageException(manifest + " line " + (n + 1) + ": expected FILE<TAB>DCT");
            }
            String file = parts[0].strip();
            String dctText = parts.length == 2 ? parts[1].strip() : "";
            LocalDate dct = dctText.isEmpty() ? null : parseDate(dctText, manifest + " line " + (n + 1));
            Path p = Path.of(file);
            jobs.add(new Job(file, p.isAbsolute() || base == null ? p : base.resolve(p), dct));
        }
        return jobs;
    }

    private static LocalDate parseDate(String value, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(where + ": '" + value + "' is not a date YYYY-MM-DD");
        }
    }

    /** Strict UTF-8 so that offsets refer to the real characters; malformed bytes are an error, not replaced. */
    private String readUtf8(Path path) throws DocumentReadException {
        byte[] bytes = files.readFile(path).bytes();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentReadException("not valid UTF-8 text", e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String toJson(String file, Timex t) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", file);
        node.put("start", t.start());
        node.put("end", t.end());
        node.put("text", t.text());
        node.put("type", t.type().name());
        node.put("value", t.value());
        if (t.mod() != null) {
            node.put("mod", t.mod());
        }
        if (t.endValue() != null) {
            node.put("endValue", t.endValue());
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + file, e);
        }
    }
}
