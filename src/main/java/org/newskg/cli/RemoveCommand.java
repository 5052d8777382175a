package org.newskg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** newskg remove DOC... [--db DIR] */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove articles' graphs from the store by document id (the file name without .txt). "
                + "Facts that no remaining article supports disappear with them.")
public final class RemoveCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DOC", description = "document ids, e.g. 000_0eebdbf4ab6fea90")
    List<String> docs;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        int missing = 0;
        try (KnowledgeStore kg = KnowledgeStore.open(store.db)) {
            for (String doc : docs) {
                String id = doc.endsWith(".txt") ? doc.substring(0, doc.length() - 4) : doc;
                if (kg.remove(id)) {
                    System.err.println("removed " + id);
                } else {
                    System.err.println("not in the store: " + id);
                    missing++;
                }
            }
            System.err.printf("%d quads in the store%n", kg.quadCount());
        }
        return missing == 0 ? 0 : 1;
    }
}
