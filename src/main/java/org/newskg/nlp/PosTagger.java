package org.newskg.nlp;

import java.util.PriorityQueue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * POS tags exactly as {@link POSTaggerME#tag(String[])} gives them, with less overhead around the model.
 *
 * <p>OpenNLP's beam search sorts every score array to find the beam's cut-off and copies each candidate's
 * whole tag history into a new {@code Sequence} (lists of strings and boxed probabilities), which cost
 * about a sixth of tagging. Here the cut-off is selected without a full sort and a candidate points to its
 * parent. Everything that decides a tag is unchanged: the same context generator, model, validator, beam
 * size, score arithmetic ({@code parent + StrictMath.log(p)}), minimum score, and the same priority queues
 * fed in the same order, so ties break the same way. Models this does not cover (a sequence model, tags
 * that OpenNLP would map to another format) go through {@link POSTaggerME} itself.
 *
 * <p>Not thread-safe (like the OpenNLP tools): one per thread.
 */
final class PosTagger {
    /** BeamSearch's floor for a sequence score (its zeroLog). */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];
    private static final String[] NO_TAGS = new String[0];

    private final POSTaggerME fallback;
    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final int beamSize;
    private final double[] probs;
    private final double[] cut;

    PosTagger(POSModel posModel) {
        POSTaggerFactory factory = posModel.getFactory();
        String configured = posModel.getManifestProperty("BeamSize");
        int size = configured != null ? Integer.parseInt(configured) : POSTaggerME.DEFAULT_BEAM_SIZE;
        // a maxent model is what POSModel wraps in a plain BeamSearch of this size (no context cache) for
        // POSTaggerME; UD tags are what POSTaggerME returns unmapped
        boolean plainBeamSearch = posModel.getArtifact("pos.model") instanceof MaxentModel
                && POSTagFormatMapper.guessFormat(posModel) == POSTagFormat.UD;
        if (plainBeamSearch) {
            fallback = null;
            beamSize = size;
            model = (MaxentModel) posModel.getArtifact("pos.model");
            contexts = factory.getPOSContextGenerator(size);
            validator = factory.getSequenceValidator();
            probs = new double[model.getNumOutcomes()];
            cut = new double[model.getNumOutcomes()];
        } else {
            fallback = new POSTaggerME(posModel);
            beamSize = size;
            model = null;
            contexts = null;
            validator = null;
            probs = null;
            cut = null;
        }
    }

    /** Whether this tags with its own beam search (false: through POSTaggerME). */
    boolean usesOwnBeamSearch() {
        return fallback == null;
    }

    /** The tags of one sentence's tokens, as {@link POSTaggerME#tag(String[])}. */
    String[] tag(String[] sentence) {
        if (fallback != null) {
            return fallback.tag(sentence);
        }
        PriorityQueue<Candidate> prev = new PriorityQueue<>(beamSize);
        PriorityQueue<Candidate> next = new PriorityQueue<>(beamSize);
        prev.add(new Candidate(null, null, 0.0, 0));
        for (int i = 0; i < sentence.length; i++) {
            int sz = Math.min(beamSize, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Candidate top = prev.remove();
                String[] outcomes = top.tags();
                String[] context = contexts.getContext(i, sentence, outcomes, NO_ADDITIONAL_CONTEXT);
                double[] scores = model.eval(context, probs);
                double min = cutOff(scores);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        extend(top, i, sentence, outcomes, p, scores[p], next);
                    }
                }
                if (next.isEmpty()) {
                    // no candidate above the cut-off was valid: advance every valid one
                    for (int p = 0; p < scores.length; p++) {
                        extend(top, i, sentence, outcomes, p, scores[p], next);
                    }
                }
            }
            prev.clear();
            PriorityQueue<Candidate> swap = prev;
            prev = next;
            next = swap;
        }
        // BeamSearch.bestSequence: the best survivor (POSTaggerME fails on none; so does this)
        return prev.remove().tags();
    }

    private void extend(Candidate top, int i, String[] sentence, String[] outcomes, int p, double prob,
                        PriorityQueue<Candidate> next) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, sentence, outcomes, out)) {
            Candidate c = new Candidate(top, out, top.score + StrictMath.log(prob), top.length + 1);
            if (c.score > MIN_SEQUENCE_SCORE) {
                next.add(c);
            }
        }
    }

    /**
     * What BeamSearch takes as the cut-off: element {@code max(0, n - beamSize)} of the scores sorted
     * ascending ({@link java.util.Arrays#sort(double[])} order, i.e. {@link Double#compare}), found by moving
     * only the largest values into place.
     */
    private double cutOff(double[] scores) {
        int n = scores.length;
        System.arraycopy(scores, 0, cut, 0, n);
        int target = Math.max(0, n - beamSize);
        for (int j = n - 1; j >= target; j--) {
            int best = j;
            for (int k = j - 1; k >= 0; k--) {
                if (Double.compare(cut[k], cut[best]) > 0) {
                    best = k;
                }
            }
            double t = cut[j];
            cut[j] = cut[best];
            cut[best] = t;
        }
        return cut[target];
    }

    /** A tag sequence in the beam: its last tag and its parent, and the sum of the log probabilities. */
    private static final class Candidate implements Comparable<Candidate> {
        final Candidate parent;
        final String tag;
        final double score;
        final int length;

        Candidate(Candidate parent, String tag, double score, int length) {
            this.parent = parent;
            this.tag = tag;
            this.score = score;
            this.length = length;
        }

        String[] tags() {
            if (length == 0) {
                return NO_TAGS;
            }
            String[] tags = new String[length];
            Candidate c = this;
            for (int k = length - 1; k >= 0; k--) {
                tags[k] = c.tag;
                c = c.parent;
            }
            return tags;
        }

        /** As OpenNLP's Sequence: the higher score first. */
        @Override
        public int compareTo(Candidate other) {
            return Double.compare(other.score, score);
        }
    }
}
