"""Writes the sale benchmark's two Liberty servers from the built one (as scripts/lib/faults/servers.py does for the
fault suite): bench-node (the module alone, demo data, its bank at the other server) and bench-bank (the bank
simulator alone, in its own JVM, so it can be timed apart and its slow answer set)."""
import re
import sys
from pathlib import Path

servers, template, node_port, bank_port, db, slow_millis, node_jvm = sys.argv[1:8]
# the node's Liberty default executor: its own autonomic sizing unless a core size is given (slow-bank runs)
node_threads = sys.argv[8] if len(sys.argv) > 8 else ""
node_executor = f'\n  <executor coreThreads="{node_threads}"/>' if node_threads else ""
servers = Path(servers)
source = (servers / template / "server.xml").read_text()
features = re.search(r"<featureManager>.*?</featureManager>", source, re.S).group(0)

node = source
node = re.sub(r'\s*<!-- The fake bank:.*?-->', "", node, flags=re.S)
node = re.sub(r'\s*<webApplication id="bank-simulator"[^>]*/>', "", node)
node = node.replace('<include location="${vpos.mode}.xml"/>', '<include location="bench.xml"/>')
node, replaced = re.subn(r'<variable name="vpos.demo.bankBaseUrl" (?:value|defaultValue)="[^"]*"/>',
                         f'<variable name="vpos.demo.bankBaseUrl" value="http://localhost:{bank_port}/bank-simulator"/>',
                         node)
assert replaced == 1, "server.xml no longer names vpos.demo.bankBaseUrl"
assert "bank-simulator.war" not in node and "bench.xml" in node, "server.xml changed shape"
node_dir = servers / "bench-node"
(node_dir / "server.xml").write_text(node)
(node_dir / "bench.xml").write_text("""<?xml version="1.0" encoding="UTF-8"?>
<!-- The sale and portal benchmarks' node: demo data and demo users (run mode's), the bank in its own server. -->
<server>
  <variable name="vpos.demo.seed" value="true"/>
  <variable name="vpos.secrets.createKey" value="true"/>
  <variable name="vpos.portal.notificationSecret" value="demo-portal-secret"/>
  <variable name="vpos.ltpa.keysPassword" defaultValue="bench-ltpa-keys"/>""" + node_executor + """
  <basicRegistry id="basic" realm="vpos">
    <user name="collector" password="collector-demo"/>
    <user name="finance" password="finance-demo"/>
    <user name="admin" password="admin-demo"/>
    <user name="portal" password="portal-demo"/>
    <group name="vpos-admins"><member name="admin"/></group>
    <group name="vpos-collectors"><member name="collector"/></group>
    <group name="vpos-finance"><member name="finance"/></group>
    <group name="vpos-portal-clients"><member name="portal"/></group>
  </basicRegistry>
</server>
""")
(node_dir / "bootstrap.properties").write_text(f"""vpos.db=postgres
vpos.mode=bench
vpos.http.port={node_port}
vpos.https.port={int(node_port) + 1}
vpos.pg.host=127.0.0.1
vpos.pg.port=5432
vpos.pg.database={db}
vpos.pg.user=vpos
vpos.pg.password=vpos
vpos.secrets.keyFile={node_dir.resolve()}/resources/security/vpos-master.key
""")
(node_dir / "jvm.options").write_text("\n".join(node_jvm.split()) + "\n")

bank_dir = servers / "bench-bank"
(bank_dir / "server.xml").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- The bank simulator alone. -->
<server description="bank simulator">
  {features}
  <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="{bank_port}" httpsPort="-1" protocolVersion="http/1.1"/>
  <!-- a bank answers many callers at once: the simulator's slow answer sleeps on a thread, so it has threads for
       every caller from the start (Liberty's executor would otherwise grow from 2 per core) -->
  <executor coreThreads="400"/>
  <webApplication id="bank-simulator" name="bank-simulator" location="bank-simulator.war" contextRoot="/bank-simulator"/>
  <applicationManager autoExpand="true" startTimeout="120s"/>
</server>
""")
(bank_dir / "bootstrap.properties").write_text("")
# the slow magic amount (7777.77) answers after slow_millis: scripts/bench/sale slowbank
(bank_dir / "jvm.options").write_text(f"-Xmx256m\n-Dvpos.simulator.slowMillis={slow_millis}\n")
