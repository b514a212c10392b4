"""The teachers' edition: each chapter's teaching material (teaching/SLUG.yaml), checked
(materials) and written as its teacher's page and handout (render)."""
