"use strict";

/*
 * The EHR simulator: builds a CDS Hooks request (an example patient's prefetch from the service, or a
 * fhirServer request for a patient on a FHIR server), calls the hook, renders the cards as an EHR would
 * and sends feedback on them. Everything goes to this service only.
 */
(function () {
  const byId = (id) => document.getElementById(id);
  const services = [];

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  /** A random UUID; crypto.randomUUID needs a secure context, which a plain-http demo host is not. */
  function uuid() {
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function setStatus(text, failed) {
    const status = byId("status");
    status.textContent = text;
    status.className = failed ? "failed" : "";
  }

  /** Headers of a call to /cds-services: JSON, and the CDS client token when one is given. */
  function headers() {
    const result = { "Content-Type": "application/json", Accept: "application/json" };
    const token = byId("client-token").value.trim();
    if (token) {
      result.Authorization = "Bearer " + token;
    }
    return result;
  }

  async function getJson(url, options) {
    const response = await fetch(url, options);
    const text = await response.text();
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch (e) {
      body = text;
    }
    return { status: response.status, ok: response.ok, body: body };
  }

  /** The OperationOutcome's diagnostics, or the status alone. */
  function failure(result) {
    const issue = result.body && result.body.issue && result.body.issue[0];
    return "HTTP " + result.status + (issue && issue.diagnostics ? ": " + issue.diagnostics : "");
  }

  async function loadExamples() {
    const result = await getJson("/simulator/examples");
    if (!result.ok) {
      setStatus("Example patients unavailable (" + failure(result) + ")", true);
      return;
    }
    const select = byId("example");
    result.body.forEach((example) => {
      const option = element("option", { value: example.id }, example.id + " — " + example.description);
      option.dataset.core20 = String(example.core20);
      option.dataset.findings = example.expectedFindings.join(" ");
      select.appendChild(option);
    });
  }

  async function loadServices() {
    const result = await getJson("/cds-services", { headers: headers() });
    if (!result.ok) {
      setStatus("Discovery failed (" + failure(result) + "); give a client token and reload", true);
      return;
    }
    const select = byId("hook");
    result.body.services.forEach((service, i) => {
      services.push(service);
      select.appendChild(element("option", { value: String(i) }, service.hook + " (" + service.id + ")"));
    });
  }

  function showMode() {
    const prefetch = byId("mode").value === "prefetch";
    byId("prefetch-fields").hidden = !prefetch;
    byId("fhir-server-fields").hidden = prefetch;
  }

  /** The hook's required context for a patient on a FHIR server (the service builds it for examples). */
  function fhirServerRequest(service) {
    const patientId = byId("patient-id").value.trim();
    const context = { userId: "Practitioner/simulator-user", patientId: patientId };
    if (service.hook === "encounter-start") {
      context.encounterId = "simulator-encounter";
    } else if (service.hook === "appointment-book") {
      context.appointments = { resourceType: "Bundle", type: "collection", entry: [{ resource: {
        resourceType: "Appointment", status: "proposed",
        participant: [{ status: "needs-action", actor: { reference: "Patient/" + patientId } }] } }] };
    }
    const request = { hook: service.hook, hookInstance: uuid(),
      fhirServer: byId("fhir-server").value.trim(), context: context };
    const token = byId("fhir-token").value.trim();
    if (token) {
      request.fhirAuthorization = { access_token: token, token_type: "Bearer", expires_in: 300,
        scope: "patient/*.read", subject: "everycontact" };
    }
    return request;
  }

  async function buildRequest(service) {
    if (byId("mode").value !== "prefetch") {
      return fhirServerRequest(service);
    }
    const example = encodeURIComponent(byId("example").value);
    const result = await getJson("/simulator/examples/" + example + "/request?hook=" + encodeURIComponent(service.hook));
    if (!result.ok) {
      throw new Error("The example's request could not be built (" + failure(result) + ")");
    }
    return result.body;
  }

  /** Shows the request, leaving out the FHIR access token. */
  function showRequest(request) {
    const shown = Object.assign({}, request);
    if (shown.fhirAuthorization) {
      shown.fhirAuthorization = Object.assign({}, shown.fhirAuthorization, { access_token: "(hidden)" });
    }
    byId("request").textContent = JSON.stringify(shown, null, 2);
  }

  async function send(event) {
    event.preventDefault();
    const service = services[Number(byId("hook").value)];
    if (!service) {
      setStatus("No hook to call: discovery failed", true);
      return;
    }
    byId("cards").replaceChildren();
    byId("response").textContent = "";
    setStatus("Calling " + service.hook + "…");
    try {
      const request = await buildRequest(service);
      showRequest(request);
      const result = await getJson("/cds-services/" + encodeURIComponent(service.id),
        { method: "POST", headers: headers(), body: JSON.stringify(request) });
      byId("response").textContent = typeof result.body === "string" ? result.body : JSON.stringify(result.body, null, 2);
      if (!result.ok) {
        setStatus("The call failed (" + failure(result) + ")", true);
        return;
      }
      const cards = result.body.cards || [];
      cards.forEach((card) => byId("cards").appendChild(renderCard(card, service)));
      setStatus(cards.length + (cards.length === 1 ? " card" : " cards"));
    } catch (e) {
      setStatus(e.message, true);
    }
  }

  function renderCard(card, service) {
    const indicator = ["info", "warning", "critical"].includes(card.indicator) ? card.indicator : "info";
    const node = element("article", { class: "card " + indicator, "data-uuid": card.uuid || "" });
    if (card.source && card.source.topic && card.source.topic.code) {
      node.dataset.topic = card.source.topic.code;
    }
    const heading = element("h2");
    heading.appendChild(element("span", { class: "indicator" }, indicator));
    heading.appendChild(document.createTextNode(" " + (card.summary || "")));
    node.appendChild(heading);
    if (card.detail) {
      const detail = element("div", { class: "detail" });
      detail.innerHTML = window.renderMarkdown(card.detail);
      node.appendChild(detail);
    }
    if (card.source) {
      node.appendChild(renderSource(card.source));
    }
    if (card.links && card.links.length) {
      const links = element("ul", { class: "links" });
      card.links.forEach((link) => {
        const item = element("li");
        item.appendChild(safeLink(link.url, link.label));
        links.appendChild(item);
      });
      node.appendChild(links);
    }
    const actions = element("div", { class: "actions" });
    const feedbackStatus = element("p", { class: "feedback-status", role: "status" });
    (card.suggestions || []).forEach((suggestion) => {
      const button = element("button", { type: "button", class: "suggestion" }, suggestion.label);
      button.addEventListener("click", () => sendFeedback(service, card, feedbackStatus, {
        outcome: "accepted", acceptedSuggestions: [{ id: suggestion.uuid }] }));
      actions.appendChild(button);
    });
    if (card.overrideReasons && card.overrideReasons.length) {
      actions.appendChild(renderOverride(card, service, feedbackStatus));
    }
    node.appendChild(actions);
    node.appendChild(feedbackStatus);
    return node;
  }

  function renderSource(source) {
    const line = element("p", { class: "source" }, "Source: ");
    if (source.icon && /^(https:|\/)/.test(source.icon)) {
      line.prepend(element("img", { src: source.icon, alt: "", class: "icon" }));
    }
    line.appendChild(source.url ? safeLink(source.url, source.label) : document.createTextNode(source.label || ""));
    return line;
  }

  /** A link opening in a new tab; a URL that is not http(s) is shown as text. */
  function safeLink(url, label) {
    if (!/^https?:\/\//i.test(url || "")) {
      return document.createTextNode(label || url || "");
    }
    return element("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, label || url);
  }

  /** Dismiss: pick one of the card's override reasons, optionally comment, then send. */
  function renderOverride(card, service, feedbackStatus) {
    const box = element("div", { class: "override" });
    const open = element("button", { type: "button", class: "dismiss" }, "Dismiss…");
    const form = element("div", { class: "override-form", hidden: "" });
    const reason = element("select", { class: "override-reason", "aria-label": "Override reason" });
    card.overrideReasons.forEach((coding) => reason.appendChild(element("option", { value: coding.code },
      coding.display || coding.code)));
    const comment = element("input", { type: "text", class: "override-comment", placeholder: "Comment (optional)",
      "aria-label": "Comment" });
    const confirm = element("button", { type: "button", class: "send-override" }, "Override");
    open.addEventListener("click", () => { form.hidden = !form.hidden; });
    confirm.addEventListener("click", () => {
      const overrideReason = { reason: card.overrideReasons.find((coding) => coding.code === reason.value) };
      if (comment.value.trim()) {
        overrideReason.userComment = comment.value.trim();
      }
      sendFeedback(service, card, feedbackStatus, { outcome: "overridden", overrideReason: overrideReason });
    });
    form.append(reason, comment, confirm);
    box.append(open, form);
    return box;
  }

  async function sendFeedback(service, card, feedbackStatus, outcome) {
    const item = Object.assign({ card: card.uuid, outcomeTimestamp: new Date().toISOString() }, outcome);
    feedbackStatus.textContent = "Sending feedback…";
    try {
      const result = await getJson("/cds-services/" + encodeURIComponent(service.id) + "/feedback",
        { method: "POST", headers: headers(), body: JSON.stringify({ feedback: [item] }) });
      feedbackStatus.textContent = result.ok
        ? "Feedback " + outcome.outcome + ": HTTP " + result.status + " " + JSON.stringify(result.body)
        : "Feedback failed (" + failure(result) + ")";
      feedbackStatus.className = "feedback-status " + (result.ok ? "sent" : "failed");
    } catch (e) {
      feedbackStatus.textContent = "Feedback failed (" + e.message + ")";
      feedbackStatus.className = "feedback-status failed";
    }
  }

  document.addEventListener("DOMContentLoaded", async () => {
    byId("mode").addEventListener("change", showMode);
    byId("launch").addEventListener("submit", send);
    showMode();
    await Promise.all([loadExamples(), loadServices()]);
    document.body.dataset.ready = "true";
  });
})();
