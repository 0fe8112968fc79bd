#!/usr/bin/env bash
# A local Fabric 2.5 network for Linli (needs Docker with the compose plugin).
#   network.sh up       crypto material (cryptogen), orderer and peers, channel `linli` through
#                       the channel participation API, both peers joined
#   network.sh deploy   builds the chaincode (npm run chain:build), its image, installs it on both
#                       peers as a service, approves and commits it with an endorsement policy
#                       that requires both organisations
#   network.sh env      prints the FABRIC_* settings for the app (the committee's client identity)
#   network.sh down     stops everything and deletes the generated material and ledger data
set -euo pipefail

NETWORK_DIR=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$NETWORK_DIR/../.." && pwd)
export FABRIC_NET_DIR=${FABRIC_NET_DIR:-$ROOT/.data/fabric}
CHANNEL=${FABRIC_CHANNEL_NAME:-linli}
CC_NAME=${FABRIC_CC_NAME:-linli-ledger}
CC_VERSION=${FABRIC_CC_VERSION:-1.0}
CC_SEQUENCE=${FABRIC_CC_SEQUENCE:-1}
POLICY="AND('CommitteeMSP.peer','PartnersMSP.peer')"
ORDERER_TLS=/work/crypto/ordererOrganizations/linli.test/orderers/orderer.linli.test/tls

compose() { docker compose -f "$NETWORK_DIR/compose.yaml" "$@"; }

# Runs a shell command in the fabric-tools container, as the admin of an organisation.
as_org() {
	local org=$1 port=$2
	shift 2
	local dir=/work/crypto/peerOrganizations/$org.linli.test
	compose --profile tools run --rm -T \
		-e CORE_PEER_TLS_ENABLED=true \
		-e CORE_PEER_LOCALMSPID="${org^}MSP" \
		-e CORE_PEER_TLS_ROOTCERT_FILE="$dir/peers/peer0.$org.linli.test/tls/ca.crt" \
		-e CORE_PEER_MSPCONFIGPATH="$dir/users/Admin@$org.linli.test/msp" \
		-e CORE_PEER_ADDRESS="peer0.$org.linli.test:$port" \
		tools bash -c "$*"
}
committee() { as_org committee 7051 "$@"; }
partners() { as_org partners 9051 "$@"; }

# Retries a command a few times: peers and the orderer need some seconds after they start.
retry() {
	local n=0
	until "$@"; do
		n=$((n + 1))
		if [ "$n" -ge 10 ]; then return 1; fi
		echo "  … not ready yet, retrying ($n)"
		sleep 3
	done
}

up() {
	mkdir -p "$FABRIC_NET_DIR"
	compose --profile tools run --rm -T tools bash -c "
		cryptogen generate --config=/network/crypto-config.yaml --output=/work/crypto &&
		cp /network/configtx.yaml /work/configtx.yaml &&
		configtxgen -configPath /work -profile LinliChannel -channelID $CHANNEL -outputBlock /work/channel.block"
	compose up -d orderer.linli.test peer0.committee.linli.test peer0.partners.linli.test
	echo "Creating channel $CHANNEL (channel participation API)"
	retry compose --profile tools run --rm -T tools osnadmin channel join --channelID "$CHANNEL" \
		--config-block /work/channel.block -o orderer.linli.test:7053 --ca-file "$ORDERER_TLS/ca.crt" \
		--client-cert "$ORDERER_TLS/server.crt" --client-key "$ORDERER_TLS/server.key"
	retry committee "peer channel join -b /work/channel.block"
	retry partners "peer channel join -b /work/channel.block"
	echo "Network up: channel $CHANNEL joined by both peers. Next: $0 deploy"
}

# A chaincode-as-a-service package: the peer only learns where the chaincode server listens.
package_for() {
	local org=$1 dir="$FABRIC_NET_DIR/packages/$1"
	mkdir -p "$dir"
	printf '{"address":"ledger-%s.linli.test:9999","dial_timeout":"10s","tls_required":false}\n' "$org" >"$dir/connection.json"
	printf '{"type":"ccaas","label":"%s_%s"}\n' "$CC_NAME" "$CC_VERSION" >"$dir/metadata.json"
	tar -C "$dir" -czf "$dir/code.tar.gz" connection.json
	tar -C "$dir" -czf "$dir/$CC_NAME.tar.gz" metadata.json code.tar.gz
}

deploy() {
	(cd "$ROOT" && npm run chain:build)
	docker build -t linli-ledger-chaincode:latest "$ROOT/build/chaincode"
	local orderer="-o orderer.linli.test:7050 --ordererTLSHostnameOverride orderer.linli.test --tls --cafile $ORDERER_TLS/ca.crt"
	local common="--channelID $CHANNEL --name $CC_NAME --version $CC_VERSION --sequence $CC_SEQUENCE --signature-policy \"$POLICY\""
	for org in committee partners; do
		package_for "$org"
		"$org" "peer lifecycle chaincode install /work/packages/$org/$CC_NAME.tar.gz || true"
	done
	COMMITTEE_PACKAGE_ID=$(committee "peer lifecycle chaincode calculatepackageid /work/packages/committee/$CC_NAME.tar.gz" | tr -d '\r')
	PARTNERS_PACKAGE_ID=$(partners "peer lifecycle chaincode calculatepackageid /work/packages/partners/$CC_NAME.tar.gz" | tr -d '\r')
	export COMMITTEE_PACKAGE_ID PARTNERS_PACKAGE_ID
	compose --profile chaincode up -d ledger-committee.linli.test ledger-partners.linli.test
	retry committee "peer lifecycle chaincode approveformyorg $orderer $common --package-id $COMMITTEE_PACKAGE_ID"
	retry partners "peer lifecycle chaincode approveformyorg $orderer $common --package-id $PARTNERS_PACKAGE_ID"
	local peers="--peerAddresses peer0.committee.linli.test:7051 --tlsRootCertFiles /work/crypto/peerOrganizations/committee.linli.test/peers/peer0.committee.linli.test/tls/ca.crt"
	peers="$peers --peerAddresses peer0.partners.linli.test:9051 --tlsRootCertFiles /work/crypto/peerOrganizations/partners.linli.test/peers/peer0.partners.linli.test/tls/ca.crt"
	retry committee "peer lifecycle chaincode commit $orderer $common $peers"
	committee "peer lifecycle chaincode querycommitted --channelID $CHANNEL --name $CC_NAME"
	echo "Chaincode $CC_NAME committed. Run the app with: eval \"\$($0 env)\" && npm start"
}

env_settings() {
	local org=$FABRIC_NET_DIR/crypto/peerOrganizations/committee.linli.test
	cat <<SETTINGS
export FABRIC_PEER_ENDPOINT=localhost:7051
export FABRIC_TEST_PEER_ENDPOINT=localhost:7051
export FABRIC_PEER_HOST_ALIAS=peer0.committee.linli.test
export FABRIC_TLS_CERT=$org/peers/peer0.committee.linli.test/tls/ca.crt
export FABRIC_MSP_ID=CommitteeMSP
export FABRIC_CERT=$org/users/User1@committee.linli.test/msp/signcerts/User1@committee.linli.test-cert.pem
export FABRIC_KEY=$org/users/User1@committee.linli.test/msp/keystore
export FABRIC_CHANNEL=$CHANNEL
export FABRIC_CHAINCODE=$CC_NAME
SETTINGS
}

down() {
	compose --profile chaincode --profile tools down -v --remove-orphans
	# The material was written by root inside the tools container.
	docker run --rm -v "$FABRIC_NET_DIR:/work" hyperledger/fabric-tools:2.5 rm -rf /work/crypto /work/packages /work/channel.block /work/configtx.yaml
	rmdir "$FABRIC_NET_DIR" 2>/dev/null || true
}

case "${1:-}" in
up) up ;;
deploy) deploy ;;
env) env_settings ;;
down) down ;;
*)
	echo "usage: $0 up | deploy | env | down" >&2
	exit 2
	;;
esac
