// What the intake pages need beyond the staff app's styles: the report form's choices, photos and
// layout come from the public form, which this feature reuses section by section.
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/Image.css';
import '../public-report/public-report.css';
import './staff-intake.css';
