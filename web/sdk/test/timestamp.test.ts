/**
 * PemTsaTrust: RFC 3161 tokens checked as app/protocol/timestamp.py checks them,
 * with its wording. The fixture was made once by tests/evidence/tsa.py's
 * authority (`openssl ts -reply`, an EC P-256 CA and TSA): a token over "hello".
 * It stays valid: the certificates are checked at the token's genTime.
 */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { blobSource } from "../src/bundle/source.js";
import { PemTsaTrust } from "../src/bundle/timestamp.js";
import { b64decodeStd } from "../src/protocol/signed_note.js";

const ROOT = `-----BEGIN CERTIFICATE-----
MIIBpTCCAUugAwIBAgIUAhOhJBIcrFn56A4r4dvU+rxLwLkwCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVRGF5Ym9vayBUZXN0IFRTQSBSb290MB4XDTI2MTIwNTAzNTky
MloXDTI3MDEwNTAzNTkyMlowIDEeMBwGA1UEAwwVRGF5Ym9vayBUZXN0IFRTQSBS
b290MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEE9pJjMcKluQTpnqXxuOOvSLO
ZiY1+Gc5wAQjal+fHpCpbsr6IvmWMrv6PlSt2tcLaINs7AcYwOjQbDto86O/C6Nj
MGEwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUwO/LcUZmPs80bbqiciplhjgU
0N8wHwYDVR0jBBgwFoAUwO/LcUZmPs80bbqiciplhjgU0N8wDgYDVR0PAQH/BAQD
AgEGMAoGCCqGSM49BAMCA0gAMEUCIFlKBEIVyQSxgbMJLtwSFRQSXx3wxuK4uThe
0UC/AvxBAiEAgxiwkxFbSAUQMN7xiRxuKNyMaf3dyHdwGjY5wA3FeI8=
-----END CERTIFICATE-----
`;
const TSA = `-----BEGIN CERTIFICATE-----
MIIBqDCCAU6gAwIBAgIUYktoo/hAJNDSYEyM9ZckUd+TkxcwCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVRGF5Ym9vayBUZXN0IFRTQSBSb290MB4XDTI2MTIwNTAzNTky
MloXDTI3MDEwNTAzNTkyMlowDjEMMAoGA1UEAwwDdHNhMFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAE8/hHv7GH94Ho+4vn7GpKmdv7P6dkgoIDJinj/NDlOESLi+/k
x8sqZpJ6GrJcp04+9p7T0ASi/JfNsQSxGW73qqN4MHYwDAYDVR0TAQH/BAIwADAd
BgNVHQ4EFgQUXiPY9H7EAk4H4fHWBEyX7GvcbnwwHwYDVR0jBBgwFoAUwO/LcUZm
Ps80bbqiciplhjgU0N8wFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwDgYDVR0PAQH/
BAQDAgeAMAoGCCqGSM49BAMCA0gAMEUCIA+L6EP7SS/WyplnUNr5o1ptdRNa3Sk/
ARlSKAobDI6VAiEAwX/2O/wSatjPoT0JAA4L5PyPd/HZLyfyR+Q3Qc69NvQ=
-----END CERTIFICATE-----
`;
const OTHER_ROOT = `-----BEGIN CERTIFICATE-----
MIIBmTCCAT+gAwIBAgIUfVypgZahq9DwMljOpu3OD/veifowCgYIKoZIzj0EAwIw
GjEYMBYGA1UEAwwPU29tZSBPdGhlciBSb290MB4XDTI2MTIwNTAzNTkyMloXDTI3
MDEwNTAzNTkyMlowGjEYMBYGA1UEAwwPU29tZSBPdGhlciBSb290MFkwEwYHKoZI
zj0CAQYIKoZIzj0DAQcDQgAEPeEM47kDRxnEUXIK+h9j2U257RB6CECYqmktOCGs
7+A16U65MyJVZ31V+239khUcBvX1uQA+Uttd8DluAplJ/6NjMGEwDwYDVR0TAQH/
BAUwAwEB/zAdBgNVHQ4EFgQUsGsZ1ilRt9AinZJhmDuBWe6t4/AwHwYDVR0jBBgw
FoAUsGsZ1ilRt9AinZJhmDuBWe6t4/AwDgYDVR0PAQH/BAQDAgEGMAoGCCqGSM49
BAMCA0gAMEUCIDkkWZRqCZBQ5oO+oBCMD/YDvI+kZ57He+xSxDEgpGWbAiEAsy5R
Fa8R5/RkhnKRMLwMsSbyjm+DzGOFA7qt1ULgvHM=
-----END CERTIFICATE-----
`;
const OTHER_TSA = `-----BEGIN CERTIFICATE-----
MIIBpDCCAUqgAwIBAgIUZra3OCaR98RTiiKsAsBUwOcC7I8wCgYIKoZIzj0EAwIw
GjEYMBYGA1UEAwwPU29tZSBPdGhlciBSb290MB4XDTI2MTIwNTAzNTkyMloXDTI3
MDEwNTAzNTkyMlowEDEOMAwGA1UEAwwFcm9ndWUwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAQrjsJanC4xv9z0RZLaP5MkbwsRInKzL4oa26XzwNJsNayAYwP7PW9z
HYmXZ+hwgY/PEzwJ7lYt81MOWhQ6Xa7no3gwdjAMBgNVHRMBAf8EAjAAMB0GA1Ud
DgQWBBQLIUjj+Q/BHVkteMH21nbpkCu75jAfBgNVHSMEGDAWgBSwaxnWKVG30CKd
kmGYO4FZ7q3j8DAWBgNVHSUBAf8EDDAKBggrBgEFBQcDCDAOBgNVHQ8BAf8EBAMC
B4AwCgYIKoZIzj0EAwIDSAAwRQIgQLJQO5T/WbkvBG/1YPJhBbd8J2PVBxWl00+y
C2kgkbcCIQC1dVdT5LYtXYhd2OxTI1caI1A+IGWhno4vBjZSgH5gsw==
-----END CERTIFICATE-----
`;
const TOKEN = b64decodeStd("MIIDoQYJKoZIhvcNAQcCoIIDkjCCA44CAQMxDzANBglghkgBZQMEAgEFADB4BgsqhkiG9w0BCRABBKBpBGcwZQIBAQYJKwYBBAGGjR8BMDEwDQYJYIZIAWUDBAIBBQAEICzyTbpfsKMOJug7KsW54p4bFh5cH6dCXnMEM2KTi5gkAgECGA8yMDI2MTIwNjAzNTkyMlowAwIBAQIJAM86kbA8osFooIIBrDCCAagwggFOoAMCAQICFGJLaKP4QCTQ0mBMjPWXJFHfk5MXMAoGCCqGSM49BAMCMCAxHjAcBgNVBAMMFURheWJvb2sgVGVzdCBUU0EgUm9vdDAeFw0yNjEyMDUwMzU5MjJaFw0yNzAxMDUwMzU5MjJaMA4xDDAKBgNVBAMMA3RzYTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABPP4R7+xh/eB6PuL5+xqSpnb+z+nZIKCAyYp4/zQ5ThEi4vv5MfLKmaSehqyXKdOPvae09AEovyXzbEEsRlu96qjeDB2MAwGA1UdEwEB/wQCMAAwHQYDVR0OBBYEFF4j2PR+xAJOB+Hx1gRMl+xr3G58MB8GA1UdIwQYMBaAFMDvy3FGZj7PNG26onIqZYY4FNDfMBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMA4GA1UdDwEB/wQEAwIHgDAKBggqhkjOPQQDAgNIADBFAiAPi+hD+0kv1sqZZ1Da+aNabXUTWt0pPwEZUigKGwyOlQIhAMF/9jv8EmrYz6E9CQAOC+T8j3fx2S8n8kfkN0HOvTb0MYIBTDCCAUgCAQEwODAgMR4wHAYDVQQDDBVEYXlib29rIFRlc3QgVFNBIFJvb3QCFGJLaKP4QCTQ0mBMjPWXJFHfk5MXMA0GCWCGSAFlAwQCAQUAoIGkMBoGCSqGSIb3DQEJAzENBgsqhkiG9w0BCRABBDAcBgkqhkiG9w0BCQUxDxcNMjYxMjA2MDM1OTIyWjAvBgkqhkiG9w0BCQQxIgQgnymCV3lTq3oBMCoSmaIs1Zhhi1R/8acoCAJEqwMIhXEwNwYLKoZIhvcNAQkQAi8xKDAmMCQwIgQgvZQ9SHKBf/bY+HEdk4Z4alWadGPNFbfalRJ+MZZ/bvYwCgYIKoZIzj0EAwIERzBFAiEA8wC7d9k/9LKV0yznWab1Hee+SR8i+YN3aDLMjxIVIKsCIGCbi+YGcIVAJqq+INnUlcxvFZCTlCbnPwHEgDcFuJNd");
const HELLO = new TextEncoder().encode("hello");
const pem = (...blocks: string[]): Uint8Array => new TextEncoder().encode(blocks.join(""));

describe("RFC 3161 tokens", () => {
  it("verify over their message against the TSA's root, giving genTime and serial", async () => {
    const stamp = await (await PemTsaTrust.fromPem(pem(ROOT))).verify(TOKEN, HELLO);
    assert.equal(stamp.serialNumber, "2");
    assert.ok(stamp.genTime instanceof Date && !Number.isNaN(stamp.genTime.getTime()));
  });

  it("verify with the TSA's own certificate pinned", async () => {
    await (await PemTsaTrust.fromPem(pem(ROOT, TSA))).verify(TOKEN, HELLO);
  });

  it("are for one message only", async () => {
    const trust = await PemTsaTrust.fromPem(pem(ROOT));
    await assert.rejects(trust.verify(TOKEN, new TextEncoder().encode("hello!")), { message: "the token is for another message" });
  });

  it("do not chain to another authority's root", async () => {
    const trust = await PemTsaTrust.fromPem(pem(OTHER_ROOT));
    await assert.rejects(trust.verify(TOKEN, HELLO), { message: /^the token does not verify: Error while verifying certificates: / });
  });

  it("fail when their signature is altered", async () => {
    const altered = TOKEN.slice();
    altered[altered.length - 1]! ^= 1;
    const trust = await PemTsaTrust.fromPem(pem(ROOT));
    await assert.rejects(trust.verify(altered, HELLO), { message: "the token does not verify: Error while verifying certificates: the signature does not verify" });
  });

  it("fail when the pinned TSA certificate is another", async () => {
    const trust = await PemTsaTrust.fromPem(pem(OTHER_ROOT, ROOT, OTHER_TSA));
    await assert.rejects(trust.verify(TOKEN, HELLO), { message: "the token does not verify: Embedded certificate does not match the one in the Verification Options." });
  });

  it("are not DER tokens when cut short", async () => {
    const trust = await PemTsaTrust.fromPem(pem(ROOT));
    await assert.rejects(trust.verify(TOKEN.subarray(0, 100), HELLO), { message: /^not a DER time-stamp response: / });
  });
});

describe("a TSA chain", () => {
  it("needs its self-signed root", async () => {
    await assert.rejects(PemTsaTrust.fromPem(pem(TSA)), { message: "the TSA certificate chain must include its self-signed root" });
  });

  it("holds one TSA certificate at most", async () => {
    await assert.rejects(PemTsaTrust.fromPem(pem(ROOT, TSA, OTHER_TSA)), { message: "the TSA certificate chain holds several TSA certificates" });
  });

  it("is PEM", async () => {
    await assert.rejects(PemTsaTrust.fromPem(new TextEncoder().encode("hello")), { message: "not a PEM certificate chain: no certificate" });
  });
});

describe("a Blob read in slices", () => {
  it("gives every range's bytes, within a slice and across slices", async () => {
    const size = (16 << 20) + 5000;
    const data = new Uint8Array(size);
    for (let i = 0; i < size; i++) data[i] = (i * 7 + (i >> 12)) & 0xff;
    const source = blobSource(new Blob([data]), "b.bin");
    for (const [offset, length] of [[0, 10], [5, 1 << 20], [(16 << 20) - 3, 10], [size - 2, 10], [100, 50], [size + 5, 4]] as const) {
      const start = Math.min(offset, size);
      assert.deepEqual(await source.read(offset, length), data.slice(start, Math.min(start + length, size)));
    }
  });
});
