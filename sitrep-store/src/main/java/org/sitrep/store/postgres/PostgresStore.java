package org.sitrep.store.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.SearchHit;
import org.sitrep.store.StoreException;
import org.sitrep.store.jdbc.JdbcStore;

/**
 * The store on a PostgreSQL server (a shared corpus): the same tables and behaviour as the DuckDB
 * store; full-text search through PostgreSQL's own text search (English configuration). Several
 * processes may write: the per-article transactions keep the rows consistent.
 */
public final class PostgresStore extends JdbcStore {
    private static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS events_day ON events (day)",
            "CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster_id)",
            "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
            "CREATE INDEX IF NOT EXISTS events_story ON events (story_id)",
            "CREATE INDEX IF NOT EXISTS articles_seq ON articles (seq)",
            "CREATE INDEX IF NOT EXISTS articles_story ON articles (story_id)",
            "CREATE INDEX IF NOT EXISTS entities_article ON entities (article_id)",
            "CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id)",
            "CREATE INDEX IF NOT EXISTS times_article ON times (article_id)",
            "CREATE INDEX IF NOT EXISTS attributions_article ON attributions (article_id)",
            "CREATE INDEX IF NOT EXISTS links_from ON links (from_article)",
            "CREATE INDEX IF NOT EXISTS diagnostics_article ON diagnostics (article_id)",
            "CREATE INDEX IF NOT EXISTS articles_fulltext ON articles"
                    + " USING gin (to_tsvector('english', coalesce(headline, '') || ' ' || coalesce(text, '')))");

    private PostgresStore(Connection c, String description, boolean readOnly) {
        super(c, description, readOnly, INDEXES);
    }

    /** Opens a store from {@code postgresql://user:password@host:port/db} or a {@code jdbc:postgresql:} URL. */
    public static PostgresStore open(String location, boolean readOnly) {
        Properties p = new Properties();
        String jdbc = jdbcUrl(location, p);
        try {
            Class.forName("org.postgresql.Driver");
            Connection c = DriverManager.getConnection(jdbc, p);
            return new PostgresStore(c, "PostgreSQL store " + jdbc, readOnly);
        } catch (ClassNotFoundException e) {
            throw new StoreException("the PostgreSQL driver is missing from the class path", e);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the PostgreSQL store " + jdbc + ": " + e.getMessage(), e);
        }
    }

    static String jdbcUrl(String location, Properties props) {
        if (location.startsWith("jdbc:")) {
            return location;
        }
        try {
            URI u = new URI(location);
            if (u.getUserInfo() != null) {
                String[] up = u.getRawUserInfo().split(":", 2);
                props.setProperty("user", URLDecoder.decode(up[0], StandardCharsets.UTF_8));
                if (up.length > 1) {
                    props.setProperty("password", URLDecoder.decode(up[1], StandardCharsets.UTF_8));
                }
            }
            String host = u.getHost() == null ? "localhost" : u.getHost();
            String port = u.getPort() < 0 ? "" : ":" + u.getPort();
            return "jdbc:postgresql://" + host + port + (u.getRawPath() == null ? "/" : u.getRawPath())
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (URISyntaxException e) {
            throw new StoreException("not a PostgreSQL URL: " + location + " (postgresql://user:password@host:port/db)", e);
        }
    }

    @Override
    public synchronized List<SearchHit> search(String query, int limit) {
        String doc = "to_tsvector('english', coalesce(headline, '') || ' ' || coalesce(text, ''))";
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, ts_rank(" + doc + ", q) AS score,"
                + " ts_headline('english', coalesce(text, ''), q, 'MaxWords=35, MinWords=15') FROM articles,"
                + " plainto_tsquery('english', ?) q WHERE " + doc + " @@ q ORDER BY score DESC, id LIMIT " + limit)) {
            ps.setString(1, query);
            List<SearchHit> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<ArticleSummary> s = summaries("WHERE id = ?", List.of(rs.getString(1)));
                    if (!s.isEmpty()) {
                        out.add(new SearchHit(s.get(0), rs.getFloat(2), rs.getString(3)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail("cannot search", e);
        }
    }
}
