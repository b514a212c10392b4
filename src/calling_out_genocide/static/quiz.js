/* Calling Out Genocide: quizzes on the static site. Self-hosted, no dependencies.
 * Marks answers exactly as calling_out_genocide/quiz_scoring.py does. Without JavaScript the
 * page still shows every question, with the answers in a collapsed "Answers" block. */
(function () {
  "use strict";

  function markQuestion(q, response) {
    if (response === null) return { correct: false, feedback: ["No answer given yet."] };
    var i, fb = [];
    switch (q.type) {
      case "single_choice":
        var o = q.options[response];
        return { correct: !!o.correct, feedback: [o.feedback], links: [o] };
      case "multiple_select":
        var wrong = [], right = [];
        for (i = 0; i < q.options.length; i++) {
          var chosen = response.indexOf(i) !== -1;
          if (chosen !== !!q.options[i].correct) wrong.push(q.options[i].feedback);
          else if (chosen) right.push(q.options[i].feedback);
        }
        return { correct: wrong.length === 0, feedback: wrong.concat(right) };
      case "true_false":
        return {
          correct: response === q.answer,
          feedback: [response ? q.feedback_true : q.feedback_false]
        };
      case "ordering":
        var sorted = response.slice().sort(function (a, b) { return a - b; });
        for (i = 0; i < sorted.length; i++) {
          if (sorted[i] !== i) return { correct: false, feedback: ["Give every item a different place."] };
        }
        for (i = 0; i < response.length; i++) {
          if (response[i] !== i) fb.push(q.items[response[i]].feedback);
        }
        return { correct: fb.length === 0, feedback: fb.length ? fb : [q.items[q.items.length - 1].feedback] };
      case "matching":
        for (i = 0; i < response.length; i++) {
          if (response[i] !== i) fb.push(q.pairs[i].feedback);
        }
        return { correct: fb.length === 0, feedback: fb.length ? fb : [q.pairs[0].feedback] };
      case "numeric":
        if (Math.abs(response - q.answer) <= q.tolerance) {
          return { correct: true, feedback: [q.feedback_correct] };
        }
        return { correct: false, feedback: [response < q.answer ? q.feedback_low : q.feedback_high] };
    }
    return { correct: false, feedback: [] };
  }

  // An ordering response from the place (0 = first) given to each item, as
  // quiz_scoring.order_from_places: null while an item has no place, [-1] when two share one.
  function orderFromPlaces(places) {
    var items = Object.keys(places).map(function (k) { return parseInt(k, 10); });
    var i, taken = [];
    for (i = 0; i < items.length; i++) {
      if (places[items[i]] === null) return null;
      taken.push(places[items[i]]);
    }
    // Numbers sorted as numbers: a text sort puts 10 before 2 and mis-marks long questions.
    taken.sort(function (a, b) { return a - b; });
    for (i = 0; i < taken.length; i++) if (taken[i] !== i) return [-1];
    items.sort(function (a, b) { return places[a] - places[b]; });
    return items;
  }

  function readResponse(li, q) {
    var inputs, i, values = [];
    switch (q.type) {
      case "single_choice":
        var picked = li.querySelector("input:checked");
        return picked ? parseInt(picked.value, 10) : null;
      case "multiple_select":
        inputs = li.querySelectorAll("input:checked");
        if (!inputs.length) return null;
        for (i = 0; i < inputs.length; i++) values.push(parseInt(inputs[i].value, 10));
        return values;
      case "true_false":
        var tf = li.querySelector("input:checked");
        return tf ? tf.value === "true" : null;
      case "ordering":
        var selects = li.querySelectorAll("select");
        var places = {};
        for (i = 0; i < selects.length; i++) {
          places[selects[i].getAttribute("data-item")] =
            selects[i].value === "" ? null : parseInt(selects[i].value, 10);
        }
        return orderFromPlaces(places);
      case "matching":
        var terms = li.querySelectorAll("select");
        for (i = 0; i < terms.length; i++) {
          if (terms[i].value === "") return null;
          values[parseInt(terms[i].getAttribute("data-term"), 10)] = parseInt(terms[i].value, 10);
        }
        return values;
      case "numeric":
        var text = li.querySelector("input").value.replace(/,/g, "").trim();
        if (text === "" || isNaN(Number(text))) return null;
        return Number(text);
    }
    return null;
  }

  function sectionLink(q, extra) {
    var href = (extra && extra.section_href) || q.section_href;
    var title = (extra && extra.section_title) || q.section_title;
    var a = document.createElement("a");
    a.href = href;
    a.textContent = "Read again: " + title;
    return a;
  }

  function showFeedback(li, q, marking) {
    var box = li.querySelector(".cog-feedback");
    box.textContent = "";
    var verdict = document.createElement("strong");
    verdict.textContent = marking.correct ? "Correct. " : "Not quite. ";
    box.appendChild(verdict);
    box.appendChild(document.createTextNode(marking.feedback.join(" ") + " "));
    box.appendChild(sectionLink(q, marking.links && marking.links[0]));
    box.className = "cog-feedback " + (marking.correct ? "cog-correct" : "cog-incorrect");
    li.setAttribute("data-result", marking.correct ? "correct" : "incorrect");
  }

  function setUp(root) {
    var data = JSON.parse(root.querySelector("script.cog-quiz-data").textContent);
    var items = root.querySelectorAll("li.cog-question");
    var score = root.querySelector(".cog-score");
    var keyItems = root.querySelectorAll("details.cog-answers li");
    var review = root.querySelector(".cog-review");
    root.querySelector(".cog-controls").hidden = false;
    // The answers list is for pages without JavaScript; here "Show answers" shows each answer
    // under its question, so the list would only be one more stop for the Tab key.
    root.querySelector("details.cog-answers").hidden = true;

    // After a check: links to the feedback of each question that was not right.
    function showReview(wrong) {
      review.textContent = "";
      if (!wrong.length) { review.hidden = true; return; }
      review.appendChild(document.createTextNode("Read the feedback on: "));
      for (var i = 0; i < wrong.length; i++) {
        var a = document.createElement("a");
        a.href = "#" + items[wrong[i]].id + "-feedback";
        a.textContent = "question " + (wrong[i] + 1);
        review.appendChild(a);
        review.appendChild(document.createTextNode(i < wrong.length - 1 ? ", " : "."));
      }
      review.hidden = false;
    }

    root.querySelector(".cog-check").addEventListener("click", function () {
      var right = 0;
      var wrong = [];
      for (var i = 0; i < items.length; i++) {
        var marking = markQuestion(data.questions[i], readResponse(items[i], data.questions[i]));
        if (marking.correct) right++;
        else wrong.push(i);
        showFeedback(items[i], data.questions[i], marking);
      }
      score.textContent = "You scored " + right + " out of " + items.length + "." +
        (wrong.length ? " Feedback is under each question." : "");
      showReview(wrong);
    });
    root.querySelector(".cog-retry").addEventListener("click", function () {
      var inputs = root.querySelectorAll("input, select");
      for (var i = 0; i < inputs.length; i++) {
        if (inputs[i].type === "radio" || inputs[i].type === "checkbox") inputs[i].checked = false;
        else inputs[i].value = "";
      }
      var boxes = root.querySelectorAll(".cog-feedback");
      for (i = 0; i < boxes.length; i++) { boxes[i].textContent = ""; boxes[i].className = "cog-feedback"; }
      for (i = 0; i < items.length; i++) items[i].removeAttribute("data-result");
      score.textContent = "Answers cleared. Try again.";
      showReview([]);
    });
    root.querySelector(".cog-reveal").addEventListener("click", function () {
      for (var i = 0; i < items.length; i++) {
        var box = items[i].querySelector(".cog-feedback");
        box.className = "cog-feedback cog-revealed";
        box.textContent = "";
        var label = document.createElement("strong");
        label.textContent = "Answer: ";
        box.appendChild(label);
        var entry = keyItems[i].cloneNode(true);
        while (entry.firstChild) box.appendChild(entry.firstChild);
      }
      score.textContent = "The answers are shown under each question.";
      showReview([]);
    });
  }

  function start() {
    var quizzes = document.querySelectorAll(".cog-quiz");
    for (var i = 0; i < quizzes.length; i++) setUp(quizzes[i]);
  }
  // The marking, for the test that runs the shared table of marking cases in the browser.
  window.cogQuizMarking = { markQuestion: markQuestion, orderFromPlaces: orderFromPlaces };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
