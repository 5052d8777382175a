package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** Our beam search must tag exactly as OpenNLP's POSTaggerME with the same model. */
class PosTaggerTest {
    private final NlpModels models = NlpModels.get();
    private final PosTagger ours = new PosTagger(models.posModel());
    private final POSTaggerME theirs = new POSTaggerME(models.posModel());

    private List<String[]> sentencesOf(Path... dirs) throws IOException {
        SentenceDetectorME sentences = new SentenceDetectorME(models.sentenceModel());
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
        List<String[]> out = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    for (String s : sentences.sentDetect(Files.readString(f, StandardCharsets.UTF_8))) {
                        out.add(tokenizer.tokenize(s));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void tagsArticleSentencesAsOpenNlp() throws IOException {
        assertTrue(ours.usesOwnBeamSearch(), "the bundled model is a plain beam-search model");
        List<String[]> sentences = sentencesOf(Path.of("seeds"), Path.of("src/test/resources/unseen"));
        assertTrue(sentences.size() > 100);
        for (String[] s : sentences) {
            assertArrayEquals(theirs.tag(s), ours.tag(s), () -> String.join(" ", s));
        }
    }

    @Test
    void tagsOddTokenSequencesAsOpenNlp() throws IOException {
        // shuffled words of the articles, lone marks, empty and one-token sentences: where ties and the
        // "no candidate above the cut-off" branch are likelier than in prose
        List<String> words = new ArrayList<>();
        sentencesOf(Path.of("seeds")).forEach(s -> words.addAll(List.of(s)));
        words.addAll(List.of(".", ",", "''", "--", "???", "", " ", "ß", "Ⅻ", "@", "#hashtag", "https://x.y/z", "3.14"));
        Random random = new Random(5L);
        assertArrayEquals(theirs.tag(new String[0]), ours.tag(new String[0]));
        for (int n = 0; n < 1000; n++) {
            String[] s = new String[random.nextInt(30)];
            for (int i = 0; i < s.length; i++) {
                s[i] = words.get(random.nextInt(words.size()));
            }
            assertArrayEquals(theirs.tag(s), ours.tag(s), () -> String.join(" ", s));
        }
    }
}
