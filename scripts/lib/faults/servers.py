"""Writes the fault suite's two Liberty servers from the built one: faults-node (the module, no simulator, its bank
at the other server, the janitor's schedule compressed) and faults-bank (the bank simulator alone)."""
import re
import sys
from pathlib import Path

servers, template, node_port, bank_port, db = sys.argv[1:6]
# the node's HTTPS port (default: the HTTP port + 1); the second node keeps HTTP + 2 and + 3
https_port = int(sys.argv[6]) if len(sys.argv) > 6 else int(node_port) + 1
servers = Path(servers)
source = (servers / template / "server.xml").read_text()
features = re.search(r"<featureManager>.*?</featureManager>", source, re.S).group(0)

node = source
node = re.sub(r'\s*<!-- The fake bank:.*?-->', "", node, flags=re.S)
node = re.sub(r'\s*<webApplication id="bank-simulator"[^>]*/>', "", node)
node = node.replace('<include location="${vpos.mode}.xml"/>', '<include location="faults.xml"/>')
# the bank is the other server (server.xml's own line is replaced: a value in an included file did not win over it)
node, replaced = re.subn(r'<variable name="vpos.demo.bankBaseUrl" (?:value|defaultValue)="[^"]*"/>',
                         f'<variable name="vpos.demo.bankBaseUrl" value="http://localhost:{bank_port}/bank-simulator"/>',
                         node)
assert replaced == 1, "server.xml no longer names vpos.demo.bankBaseUrl"
assert "bank-simulator.war" not in node and "faults.xml" in node, "server.xml changed shape"
(servers / "faults-node" / "server.xml").write_text(node)
(servers / "faults-node" / "faults.xml").write_text("""<?xml version="1.0" encoding="UTF-8"?>
<!-- The fault suite's node: demo data, a short bank deadline, the janitor's schedule compressed (a "minute" is a
     second), rows left INITIATED taken as found in flight 2 s after their deadline. -->
<server>
  <variable name="vpos.demo.seed" value="true"/>
  <variable name="vpos.demo.readTimeoutMs" value="3000"/>
  <variable name="vpos.secrets.createKey" value="true"/>
  <variable name="vpos.portal.notificationSecret" value="demo-portal-secret"/>
  <variable name="vpos.janitor.secondsPerMinute" value="1"/>
  <variable name="vpos.janitor.periodSeconds" value="1"/>
  <variable name="vpos.recovery.graceSeconds" value="2"/>
  <variable name="vpos.ltpa.keysPassword" defaultValue="faults-ltpa-keys"/>
  <basicRegistry id="basic" realm="vpos">
    <user name="collector" password="collector-faults"/>
    <user name="finance" password="finance-faults"/>
    <user name="admin" password="admin-faults"/>
    <user name="portal" password="portal-faults"/>
    <group name="vpos-portal-clients"><member name="portal"/></group>
    <group name="vpos-admins"><member name="admin"/></group>
    <group name="vpos-collectors"><member name="collector"/></group>
    <group name="vpos-finance"><member name="finance"/></group>
  </basicRegistry>
</server>
""")
node_dir = servers / "faults-node"
(node_dir / "bootstrap.properties").write_text(f"""vpos.db=postgres
vpos.mode=faults
vpos.http.port={node_port}
vpos.https.port={https_port}
vpos.pg.host=127.0.0.1
vpos.pg.port=5432
vpos.pg.database={db}
vpos.pg.user=vpos
vpos.pg.password=vpos
vpos.secrets.keyFile={node_dir.resolve()}/resources/security/vpos-master.key
""")
(node_dir / "jvm.options").write_text("-Xmx384m\n")

# a second node: the same configuration, database, master key and bank, its own port
node2_dir = servers / "faults-node2"
(node2_dir / "server.xml").write_text(node)
(node2_dir / "faults.xml").write_text((node_dir / "faults.xml").read_text())
(node2_dir / "bootstrap.properties").write_text(
    (node_dir / "bootstrap.properties").read_text()
    .replace(f"vpos.http.port={node_port}", f"vpos.http.port={int(node_port) + 2}")
    .replace(f"vpos.https.port={https_port}", f"vpos.https.port={int(node_port) + 3}"))
(node2_dir / "jvm.options").write_text("-Xmx384m\n")

bank_dir = servers / "faults-bank"
(bank_dir / "server.xml").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- The bank simulator alone, so that it keeps its books while the module's node is killed. -->
<server description="bank simulator">
  {features}
  <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="{bank_port}" httpsPort="-1" protocolVersion="http/1.1"/>
  <webApplication id="bank-simulator" name="bank-simulator" location="bank-simulator.war" contextRoot="/bank-simulator"/>
  <applicationManager autoExpand="true" startTimeout="120s"/>
</server>
""")
(bank_dir / "bootstrap.properties").write_text("")
# the slow magic amount answers (and books) after 6 s: past the node's 3 s deadline, and still on its way when the
# node is killed
(bank_dir / "jvm.options").write_text("-Xmx256m\n-Dvpos.simulator.slowMillis=6000\n")
