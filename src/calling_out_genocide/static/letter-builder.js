// The letter builder: a reader's choices and words become a draft letter to their MP.
// Everything happens in this page: nothing is sent, stored or remembered, and the draft is
// gone when the page closes. draftLetter() does exactly what letters/draft.py does; a test
// holds the two to the same cases (tests/letter_cases.json).
"use strict";

(function () {
  function tidy(text) {
    return String(text || "").split(/\s+/).filter(Boolean).join(" ");
  }

  function paragraphs(text) {
    const found = [];
    let current = [];
    for (const raw of String(text || "").replace(/\r\n/g, "\n").split("\n")) {
      const line = tidy(raw);
      if (line) {
        current.push(line);
      } else if (current.length) {
        found.push(current.join(" "));
        current = [];
      }
    }
    if (current.length) found.push(current.join(" "));
    return found;
  }

  function fits(ask, issueId) {
    const issues = ask.issues || [];
    return !issues.length || issues.includes(issueId);
  }

  function draftLetter(wording, choices) {
    const issue = wording.issues.find((i) => i.id === choices.issue);
    if (!issue) throw new Error(`no issue ${choices.issue}`);
    const mpName = tidy(choices.mp_name);
    const constituency = tidy(choices.constituency);
    const name = tidy(choices.name);
    const blocks = [mpName ? `${wording.greeting} ${mpName},` : wording.greeting_fallback];
    if (constituency) blocks.push(wording.constituent.replace("{constituency}", constituency));
    blocks.push(issue.opening);
    for (const ask of wording.asks) {
      if ((choices.asks || []).includes(ask.id) && fits(ask, issue.id)) blocks.push(ask.text);
    }
    blocks.push(...paragraphs(choices.own_words));
    blocks.push(wording.reply_request);
    blocks.push(wording.sign_off + (name ? `\n${name}` : ""));
    return blocks.join("\n\n") + "\n";
  }

  function setUp(root) {
    const wording = JSON.parse(root.querySelector(".letter-builder-wording").textContent);
    const form = root.querySelector(".letter-builder-form");
    const status = root.querySelector(".letter-builder-status");
    const result = root.querySelector(".letter-builder-result");
    const draft = root.querySelector("#letter-builder-draft");
    const printout = root.querySelector(".letter-builder-printout");
    root.querySelector(".letter-builder-paper").hidden = true;
    form.hidden = false;

    function chosenIssue() {
      const checked = form.querySelector('input[name="letter-builder-issue"]:checked');
      return checked ? checked.value : null;
    }

    // Only the asks that fit the chosen issue are offered.
    function showFittingAsks() {
      const issueId = chosenIssue();
      for (const choice of form.querySelectorAll("[data-issues]")) {
        const issues = choice.dataset.issues.split(" ").filter(Boolean);
        const fitting = !issueId || !issues.length || issues.includes(issueId);
        choice.hidden = !fitting;
        const box = choice.querySelector("input");
        box.disabled = !fitting;
        if (!fitting) box.checked = false;
      }
    }

    function say(message) {
      // Emptied first, so that the same message twice is announced twice.
      status.textContent = "";
      window.setTimeout(() => { status.textContent = message; }, 50);
    }

    form.addEventListener("change", (event) => {
      if (event.target.name === "letter-builder-issue") showFittingAsks();
    });

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const issue = chosenIssue();
      const asks = Array.from(
        form.querySelectorAll('input[name="letter-builder-ask"]:checked'), (box) => box.value
      );
      if (!issue) {
        say("Choose the issue you are writing about first (step 1).");
        form.querySelector('input[name="letter-builder-issue"]').focus();
        return;
      }
      if (!asks.length) {
        say("Choose at least one thing to ask your MP (step 2).");
        form.querySelector('input[name="letter-builder-ask"]:not(:disabled)').focus();
        return;
      }
      draft.value = draftLetter(wording, {
        issue,
        asks,
        own_words: form.querySelector("#letter-builder-own-words").value,
        mp_name: form.querySelector("#letter-builder-mp-name").value,
        constituency: form.querySelector("#letter-builder-constituency").value,
        name: form.querySelector("#letter-builder-name").value,
      });
      result.hidden = false;
      draft.focus();
      say("Your draft is ready below. Read it, change anything you like, then copy, print or save it.");
    });

    root.querySelector(".letter-builder-copy").addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(draft.value);
      } catch (error) {
        draft.select();
        document.execCommand("copy");
      }
      say("The draft is copied. Paste it into an email or a document.");
    });

    root.querySelector(".letter-builder-print").addEventListener("click", () => {
      printout.textContent = draft.value;
      document.body.classList.add("letter-builder-printing");
      window.print();
      document.body.classList.remove("letter-builder-printing");
    });

    root.querySelector(".letter-builder-download").addEventListener("click", () => {
      const file = new Blob([draft.value.replace(/\n/g, "\r\n")], { type: "text/plain" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(file);
      link.download = "letter-to-my-mp.txt";
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      say("The draft is saved as letter-to-my-mp.txt in your downloads.");
    });
  }

  window.cogDraftLetter = draftLetter; // for the test that holds it to draft.py
  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll(".letter-builder").forEach(setUp);
  });
})();
