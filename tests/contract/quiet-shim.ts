// The shim and the contract API log every decorator and every refused transaction; the specs
// assert on those outcomes instead. Imported first, before either library creates its loggers.
process.env.CORE_CHAINCODE_LOGGING_LEVEL ??= 'CRITICAL';
