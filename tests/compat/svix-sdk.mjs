// SPDX-License-Identifier: GPL-3.0-or-later
// Drives a running switchboardd with the official Svix JavaScript SDK, unchanged: the proof
// that producers can point their Svix code at Switchboard. Usage:
//   node svix-sdk.mjs <engine base URL> <admin token> <receiver URL> <410 receiver URL> <503 receiver URL>
// Prints one line per check and exits non-zero on the first failure.
import assert from "node:assert/strict";
import { Svix } from "svix";
import { Webhook } from "standardwebhooks";

const [base, token, receiverUrl, goneUrl, downUrl] = process.argv.slice(2);
const svix = new Svix(token, { serverUrl: base });
let checks = 0;
const check = async (name, fn) => {
    await fn();
    checks += 1;
    console.log(`ok ${checks} - ${name}`);
};

let app, endpoint, message;
await check("application.create and get by uid", async () => {
    app = await svix.application.create({ name: "SDK customer", uid: "sdk-customer", metadata: { plan: "pro" } });
    assert.match(app.id, /^app_/);
    assert.ok(app.createdAt instanceof Date);
    const again = await svix.application.get("sdk-customer");
    assert.equal(again.id, app.id);
    assert.equal(again.metadata.plan, "pro");
});
await check("application.getOrCreate returns the existing one", async () => {
    const same = await svix.application.getOrCreate({ name: "SDK customer", uid: "sdk-customer" });
    assert.equal(same.id, app.id);
});
await check("application.upsert makes, then updates, one application under a uid", async () => {
    const made = await svix.application.upsert("sdk-upserted", { name: "Upserted", metadata: { tier: "gold" } });
    assert.match(made.id, /^app_/);
    const again = await svix.application.upsert("sdk-upserted", { name: "Upserted again" });
    assert.equal(again.id, made.id);
    assert.equal(again.name, "Upserted again");
    await svix.application.delete(made.id);
});
await check("endpoint metadata round-trips", async () => {
    const ep = await svix.endpoint.create(app.id, { url: receiverUrl, eventTypes: ["call.transferred"], metadata: { owner: "crm-team" } });
    assert.equal((await svix.endpoint.get(app.id, ep.id)).metadata.owner, "crm-team");
    await svix.endpoint.delete(app.id, ep.id);
});
await check("application.list paginates", async () => {
    const page = await svix.application.list({ limit: 1 });
    assert.equal(page.data.length, 1);
    assert.equal(typeof page.done, "boolean");
});
await check("endpoint.create, get, patch", async () => {
    endpoint = await svix.endpoint.create(app.id, { url: receiverUrl, eventTypes: ["call.ended"], throttleRate: 50, description: "CRM" });
    assert.match(endpoint.id, /^ep_/);
    assert.deepEqual(endpoint.eventTypes, ["call.ended"]);
    assert.equal(endpoint.throttleRate, 50);
    const patched = await svix.endpoint.patch(app.id, endpoint.id, { description: "CRM (voice)" });
    assert.equal(patched.description, "CRM (voice)");
});
await check("endpoint.upsert makes an endpoint under a uid, then updates it", async () => {
    const made = await svix.endpoint.upsert(app.id, "crm-backup", { url: receiverUrl, eventTypes: ["call.transferred"] });
    assert.equal(made.uid, "crm-backup");
    const again = await svix.endpoint.upsert(app.id, "crm-backup", { url: receiverUrl, eventTypes: ["call.transferred"], description: "backup" });
    assert.equal(again.id, made.id);
    assert.equal(again.description, "backup");
    await svix.endpoint.delete(app.id, made.id);
});
await check("endpoint.getSecret and rotateSecret", async () => {
    const before = await svix.endpoint.getSecret(app.id, endpoint.id);
    assert.match(before.key, /^whsec_/);
    await svix.endpoint.rotateSecret(app.id, endpoint.id, {});
    const after = await svix.endpoint.getSecret(app.id, endpoint.id);
    assert.notEqual(after.key, before.key);
});
await check("endpoint with an ed25519 (whsk_) secret, both key forms", async () => {
    // The Standard Webhooks v1a vector's seed, and Svix's 64-byte form: seed then public key.
    const seed = Buffer.from("TESTSIGNINGKEYDONOTUSETHISFORANY");
    const publicKey = Buffer.from("ZlN4eg7dSSqi0moX9hQUk3orrOouK3QVQSlJa248c/g=", "base64");
    const short = `whsk_${seed.toString("base64")}`;
    const long = `whsk_${Buffer.concat([seed, publicKey]).toString("base64")}`;
    const ed = await svix.endpoint.create(app.id, { url: receiverUrl, secret: short, eventTypes: ["agent.error"] });
    assert.equal((await svix.endpoint.getSecret(app.id, ed.id)).key, short);
    await svix.endpoint.rotateSecret(app.id, ed.id, { key: long });
    assert.equal((await svix.endpoint.getSecret(app.id, ed.id)).key, long);
    const mismatched = `whsk_${Buffer.concat([seed, Buffer.alloc(32, 7)]).toString("base64")}`;
    await assert.rejects(svix.endpoint.create(app.id, { url: receiverUrl, secret: mismatched }), (e) => e.code === 422);
    await svix.endpoint.delete(app.id, ed.id);
});
await check("message.create with an idempotency key", async () => {
    const payload = { call_id: "call_sdk_1", end_reason: "normal_disconnect", duration_seconds: 42 };
    message = await svix.message.create(app.id, { eventType: "call.ended", payload }, { idempotencyKey: "sdk-key-1" });
    assert.match(message.id, /^msg_/);
    assert.deepEqual(message.payload, payload);
    const replay = await svix.message.create(app.id, { eventType: "call.ended", payload }, { idempotencyKey: "sdk-key-1" });
    assert.equal(replay.id, message.id);
});
await check("message.get and list", async () => {
    const got = await svix.message.get(app.id, message.id);
    assert.equal(got.eventType, "call.ended");
    const list = await svix.message.list(app.id);
    assert.equal(list.data.length, 1);
});
await check("message.list filters of SDK 2.x, deliverAt, expungeContent", async () => {
    // agent.error: no endpoint here takes it, so nothing is delivered and later counts hold.
    const tagged = await svix.message.create(app.id, { eventType: "agent.error", payload: { n: 1 }, tags: ["escalated"], channels: ["eu"] });
    const byType = await svix.message.list(app.id, { eventTypes: ["agent.error"] });
    assert.deepEqual(byType.data.map((m) => m.id), [tagged.id]);
    const byTag = await svix.message.list(app.id, { tag: "escalated", channel: "eu", withContent: true });
    assert.deepEqual(byTag.data.map((m) => m.payload), [{ n: 1 }]);
    assert.deepEqual(byTag.data[0].tags, ["escalated"]);
    assert.equal((await svix.message.list(app.id, { channel: "us" })).data.length, 0);
    const later = new Date(Date.now() + 3600_000);
    const held = await svix.message.create(app.id, { eventType: "agent.error", payload: {}, deliverAt: later });
    assert.equal(held.deliverAt.getTime(), later.getTime());
    await svix.message.expungeContent(app.id, tagged.id);
    assert.deepEqual((await svix.message.get(app.id, tagged.id, { withContent: true })).payload, { expired: true });
});
await check("message.bulkExpungeContent and expungeAllContents", async () => {
    const scratch = await svix.application.create({ name: "SDK scratch" });
    const a = await svix.message.create(scratch.id, { eventType: "agent.error", payload: { n: 2 } });
    const out = await svix.message.bulkExpungeContent(scratch.id, { ids: [a.id, "msg_nope"] });
    assert.equal(out.results[a.id], "expunged");
    assert.equal(out.results.msg_nope, "not-found");
    assert.deepEqual((await svix.message.get(scratch.id, a.id, { withContent: true })).payload, { expired: true });
    await svix.message.create(scratch.id, { eventType: "agent.error", payload: { n: 3 } });
    const purge = await svix.message.expungeAllContents(scratch.id);
    assert.equal(purge.task, "application.purge_content");
    assert.ok(!Number.isNaN(purge.updatedAt.getTime()));
    await svix.application.delete(scratch.id);
});
await check("message.precheck and endpoint.replayMissing", async () => {
    assert.equal((await svix.message.precheck(app.id, { eventType: "call.ended" })).active, true);
    assert.equal((await svix.message.precheck(app.id, { eventType: "agent.error" })).active, false);
    const replay = await svix.endpoint.replayMissing(app.id, endpoint.id, { since: new Date(Date.now() - 3600_000) });
    assert.equal(replay.task, "endpoint.replay");
    assert.match(replay.id, /^qtask_/);
});
await check("endpoint.bulkReplay sends the window again as a background task", async () => {
    const replay = await svix.endpoint.bulkReplay(app.id, endpoint.id, { since: new Date(Date.now() - 3600_000), status: 2 });
    assert.equal(replay.task, "endpoint.bulk-replay");
    let task;
    for (let i = 0; i < 100; i += 1) {
        task = await svix.backgroundTask.get(replay.id);
        if (task.status !== "running") break;
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(task.status, "finished");
});
await check("messageAttempt.listByMsg sees the delivery", async () => {
    let attempts;
    for (let i = 0; i < 100; i += 1) {
        attempts = await svix.messageAttempt.listByMsg(app.id, message.id);
        if (attempts.data.length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(attempts.data.length, 1);
    assert.equal(attempts.data[0].responseStatusCode, 200);
    assert.equal(attempts.data[0].endpointId, endpoint.id);
});
await check("messageAttempt.listAttemptedDestinations names the endpoint", async () => {
    const destinations = await svix.messageAttempt.listAttemptedDestinations(app.id, message.id);
    assert.equal(destinations.data.length, 1);
    assert.equal(destinations.data[0].id, endpoint.id);
    assert.equal(destinations.data[0].url, receiverUrl);
    assert.equal(destinations.data[0].status, 0);
});
await check("endpoint.getStats and getHeaders", async () => {
    const stats = await svix.endpoint.getStats(app.id, endpoint.id);
    assert.equal(stats.success, 1);
    const headers = await svix.endpoint.getHeaders(app.id, endpoint.id);
    assert.deepEqual(headers.headers, {});
});
await check("messageAttempt.listByEndpoint and resend", async () => {
    const attempts = await svix.messageAttempt.listByEndpoint(app.id, endpoint.id);
    assert.equal(attempts.data.length, 1);
    await svix.messageAttempt.resend(app.id, message.id, endpoint.id);
});
await check("messageAttempt.listByEndpoint filters of SDK 2.x", async () => {
    const withMsg = await svix.messageAttempt.listByEndpoint(app.id, endpoint.id, { withMsg: true, eventTypes: ["call.ended"], status: 0 });
    assert.ok(withMsg.data.length >= 1);
    assert.equal(withMsg.data[0].msg.id, message.id);
    assert.equal(withMsg.data[0].msg.eventType, "call.ended");
    assert.equal((await svix.messageAttempt.listByEndpoint(app.id, endpoint.id, { eventTypes: ["agent.error"] })).data.length, 0);
    assert.equal((await svix.messageAttempt.listByEndpoint(app.id, endpoint.id, { tag: "no-such-tag" })).data.length, 0);
    assert.equal((await svix.messageAttempt.listByEndpoint(app.id, endpoint.id, { channel: "no-such-channel" })).data.length, 0);
    assert.equal((await svix.messageAttempt.listByEndpoint(app.id, endpoint.id, { statusCodeClass: 500 })).data.length, 0);
});
await check("eventType.list has the catalogue", async () => {
    const types = await svix.eventType.list({ limit: 250 });
    assert.ok(types.data.some((t) => t.name === "call.ended"));
});
await check("errors come back as ApiException with the status", async () => {
    await assert.rejects(svix.application.get("app_does_not_exist"), (e) => e.code === 404);
    await assert.rejects(svix.endpoint.create(app.id, { url: "not a url" }), (e) => e.code === 422);
});
// Operational webhooks go to the operator's own receiver (here the main one, under /ops).
const receiverBase = receiverUrl.replace(/\/hook$/, "");
const opsDeliveries = async () => {
    const answer = await (await fetch(`${receiverBase}/_receiver/deliveries`)).json();
    const list = Array.isArray(answer) ? answer : answer.deliveries ?? answer.data;
    return list.filter((d) => d.path === "/ops");
};
let ops;
await check("operationalWebhook.endpoint create, list, get, update, headers, secret", async () => {
    ops = await svix.operationalWebhook.endpoint.create({
        url: `${receiverBase}/ops`, description: "on-call",
        eventTypes: ["endpoint.disabled", "message.attempt.exhausted"], metadata: { team: "voice" },
    });
    assert.match(ops.id, /^ep_/);
    assert.deepEqual(ops.eventTypes, ["endpoint.disabled", "message.attempt.exhausted"]);
    assert.deepEqual((await svix.operationalWebhook.endpoint.list()).data.map((e) => e.id), [ops.id]);
    assert.equal((await svix.operationalWebhook.endpoint.get(ops.id)).metadata.team, "voice");
    const updated = await svix.operationalWebhook.endpoint.upsert(ops.id, {
        url: `${receiverBase}/ops`, description: "on-call pager", eventTypes: ops.eventTypes,
    });
    assert.equal(updated.description, "on-call pager");
    await svix.operationalWebhook.endpoint.setHeaders(ops.id, { headers: { "X-Team": "voice" } });
    assert.equal((await svix.operationalWebhook.endpoint.getHeaders(ops.id)).headers["X-Team"], "voice");
    const before = (await svix.operationalWebhook.endpoint.getSecret(ops.id)).key;
    assert.match(before, /^whsec_/);
    await svix.operationalWebhook.endpoint.rotateSecret(ops.id, {});
    assert.notEqual((await svix.operationalWebhook.endpoint.getSecret(ops.id)).key, before);
    assert.ok(!(await svix.application.list({ limit: 250 })).data.some((a) => a.id === updated.appId));
});
await check("a 410 and an exhausted schedule each send one operational webhook that standardwebhooks verifies", async () => {
    const gone = await svix.endpoint.create(app.id, { url: goneUrl });
    const down = await svix.endpoint.create(app.id, { url: downUrl });
    await svix.message.create(app.id, { eventType: "call.started", payload: { call_id: "call_ops" } });
    const ofType = (list, type) => list.filter((d) => d.body.type === type);
    let got = [];
    for (let i = 0; i < 150; i += 1) {
        got = await opsDeliveries();
        if (ofType(got, "endpoint.disabled").length > 0 && ofType(got, "message.attempt.exhausted").length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more may come
    got = await opsDeliveries();
    assert.equal(ofType(got, "endpoint.disabled").length, 1);
    assert.equal(ofType(got, "message.attempt.exhausted").length, 1);
    assert.equal(got.length, 2);
    assert.equal(ofType(got, "endpoint.disabled")[0].body.data.endpointId, gone.id);
    assert.equal(ofType(got, "message.attempt.exhausted")[0].body.data.endpointId, down.id);
    const webhook = new Webhook((await svix.operationalWebhook.endpoint.getSecret(ops.id)).key);
    for (const d of got) {
        const headers = Object.fromEntries(Object.entries(d.headers).map(([k, v]) => [k.toLowerCase(), v]));
        assert.deepEqual(webhook.verify(JSON.stringify(d.body), headers), d.body);
    }
    await svix.operationalWebhook.endpoint.delete(ops.id);
    await assert.rejects(svix.operationalWebhook.endpoint.get(ops.id), (e) => e.code === 404);
});
await check("endpoint.delete and application.delete", async () => {
    await svix.endpoint.delete(app.id, endpoint.id);
    await svix.application.delete(app.id);
    await assert.rejects(svix.application.get(app.id), (e) => e.code === 404);
});
console.log(`${checks} passed, 0 failed`);
