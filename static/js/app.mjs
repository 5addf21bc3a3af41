import { initAll } from "../build/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

// "Read it to me" buttons speak the text they point at, for pupils who find reading hard.
// They stay hidden where the browser cannot speak.
if ("speechSynthesis" in window) {
  for (const button of document.querySelectorAll("[data-read-aloud]")) {
    const target = document.getElementById(button.dataset.readAloud);
    if (!target) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      window.speechSynthesis.cancel();
      const speech = new SpeechSynthesisUtterance(target.textContent.trim());
      speech.lang = "en-GB";
      speech.rate = 0.9;
      window.speechSynthesis.speak(speech);
    });
  }
}
