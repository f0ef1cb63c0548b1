package io.yordam.support;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single-node OpenSearch from the Maven artifacts, as OpenSearch's own test framework's
 * {@code MockNode} starts one: the HTTP and transport module, the analysis module and the
 * reindex module ({@code _delete_by_query}, which the mass indexer's purge needs) loaded
 * from the class path, no security plugin. Run in a JVM of its own by
 * {@link OpenSearchServer}; it stops when that JVM's parent closes its standard input.
 * <p>
 * Arguments: home directory, HTTP port, transport port.
 */
public final class OpenSearchMain {

	private OpenSearchMain() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]);
		Settings settings = Settings.builder()
			.put("cluster.name", "yordam-test")
			.put("node.name", "yordam-test")
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("path.logs", home.resolve("logs").toString())
			.put("network.host", "127.0.0.1")
			.put("http.port", args[1])
			.put("transport.port", args[2])
			.put("discovery.type", "single-node")
			// A test machine's disk may be nearly full; the indexes are tiny.
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.put("indices.breaker.total.use_real_memory", false)
			.build();
		Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
				() -> "yordam-test");
		try (Node node = new ClasspathNode(environment,
				List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class))) {
			node.start();
			System.out.println("OPENSEARCH STARTED");
			System.out.flush();
			while (System.in.read() != -1) {
				// The parent never writes; end of input means it is gone or wants us
				// gone.
			}
		}
		System.exit(0);
	}

	private static final class ClasspathNode extends Node {

		ClasspathNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
			super(environment, plugins, true);
		}

	}

}
