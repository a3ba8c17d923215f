/**
 * Demo: an Angular 22 standalone component with a reactive-forms `[formControl]` textarea, zoneless, bundled locally.
 * No Angular CLI: the component is declared by calling the `Component` decorator as a function and compiled in the
 * page by `@angular/compiler` (JIT), which also links the packages' partial declarations. The FormControl is the model;
 * tests read and set it through `window.__angular`.
 */
import '@angular/compiler';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';

const aftaler = new FormControl('Du skal søge job.', { nonNullable: true });

class AftalerField {
  readonly aftaler = aftaler;
}
Component({
  selector: 'fag-aftaler',
  imports: [ReactiveFormsModule],
  template: '<label for="ng-aftaler">Aftaler</label><textarea id="ng-aftaler" name="aftaler" rows="4" [formControl]="aftaler"></textarea>',
})(AftalerField);

declare global {
  interface Window {
    __angular: { value(): string; set(v: string): void };
  }
}

await bootstrapApplication(AftalerField, { providers: [provideZonelessChangeDetection()] });
// setValue is the model → view path: the value accessor writes the textarea, no input event.
window.__angular = { value: () => aftaler.value, set: (v) => aftaler.setValue(v) };
document.documentElement.dataset.angularReady = 'true';
