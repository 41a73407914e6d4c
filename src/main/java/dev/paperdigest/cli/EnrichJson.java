package dev.paperdigest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperdigest.enrich.Review;

import java.io.IOException;
import java.util.List;

/** {@code enrich --json}: the review list for tools, one object per paper with its candidates. */
public final class EnrichJson {
    private EnrichJson() {
    }

    public static String of(List<Review> reviews) throws IOException {
        ObjectMapper m = new ObjectMapper();
        ArrayNode arr = m.createArrayNode();
        for (Review v : reviews) {
            ObjectNode o = arr.addObject().put("file", v.file()).put("reason", v.reason());
            ArrayNode cs = o.putArray("candidates");
            for (Review.Candidate c : v.candidates()) {
                cs.addObject().put("source", c.source()).put("id", c.id()).put("title", c.title())
                        .put("first_author", c.firstAuthor()).put("year", c.year());
            }
        }
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(arr);
    }
}
